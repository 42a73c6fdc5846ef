import type { ContactSubType, ContactType, Prisma } from "../generated/prisma/client.ts";
import { dateOf, timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import { formatOneLineAddress } from "./generate-estates.ts";
import type { Resident } from "./generate-persons.ts";
import { elsewherePostalAddress, fictionalLandline, fictionalMobile } from "./fake-data.ts";

export type PostalAddress = { lines: string[]; postCode: string; uprn: string | null };

type ContactInput = {
  targetId: string;
  targetType: Prisma.ContactDetailCreateManyInput["targetType"];
  contactType: ContactType;
  subType: ContactSubType;
  value: string;
  serviceArea: string;
  description?: string | null;
  address?: PostalAddress;
  createdDay: number;
  /** Marked historic this many days before the as-of day. */
  endedDaysAgo?: number;
  validUntilDay?: number;
};

export function emailLocalPart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

export function addContactDetail(
  ctx: DemoContext,
  batch: DemoBatch,
  input: ContactInput,
  defaults: Set<string>,
): string {
  const id = ctx.ids.uuid();
  const isActive = input.endedDaysAgo === undefined;
  const defaultKey = `${input.serviceArea}:${input.contactType}`;
  const isDefault = isActive && !defaults.has(defaultKey);
  if (isDefault) defaults.add(defaultKey);
  const created = timestampOf(input.createdDay, ctx.random.int(9 * 60, 17 * 60));
  const ended = isActive ? null : timestampOf(ctx.asOf - (input.endedDaysAgo ?? 0), 12 * 60);
  const address = input.address;
  batch.contactDetails.push({
    id,
    targetId: input.targetId,
    targetType: input.targetType,
    contactType: input.contactType,
    subType: input.subType,
    value: input.value,
    description: input.description ?? null,
    addressLine1: address?.lines[0] ?? null,
    addressLine2: address?.lines[1] ?? null,
    addressLine3: address?.lines[2] ?? null,
    addressLine4: address?.lines[3] ?? null,
    postCode: address?.postCode ?? null,
    uprn: address?.uprn ?? null,
    serviceArea: input.serviceArea,
    isDefault,
    validUntil: input.validUntilDay === undefined ? null : dateOf(input.validUntilDay),
    isActive,
    endedAt: ended,
    version: isActive ? 1 : 2,
    createdAt: created,
    createdBy: ctx.actor,
    modifiedAt: ended ?? created,
    modifiedBy: ctx.actor,
  });
  return id;
}

export function addressContact(address: PostalAddress): Pick<ContactInput, "value" | "address"> {
  return { value: formatOneLineAddress(address.lines, address.postCode), address };
}

export function elsewhereAddress(ctx: DemoContext): PostalAddress {
  return { ...elsewherePostalAddress(ctx.random), uprn: null };
}

type ResidentContactOptions = { home: PostalAddress | null; correspondenceElsewhere: boolean; sinceDay: number };

/** What a resident's contact details are recorded with: the person, and housing unless said otherwise. */
type ResidentContactInput = Omit<ContactInput, "targetId" | "targetType" | "serviceArea" | "createdDay"> &
  Partial<Pick<ContactInput, "serviceArea" | "createdDay">>;

/** Records one resident's contact details, each the default of its service area and type if first. */
type ResidentContacts = {
  ctx: DemoContext;
  batch: DemoBatch;
  row: Resident["row"];
  add(input: ResidentContactInput): string;
  /** A day between the record's start (at most about eight years back) and yesterday. */
  recent(): number;
};

function residentContacts(ctx: DemoContext, batch: DemoBatch, resident: Resident, sinceDay: number): ResidentContacts {
  const { row } = resident;
  const defaults = new Set<string>();
  const base = { targetId: row.id, targetType: "person" as const, createdDay: sinceDay, serviceArea: "housing" };
  return {
    ctx,
    batch,
    row,
    add: (input) => addContactDetail(ctx, batch, { ...base, ...input }, defaults),
    recent: () => ctx.asOf - ctx.random.int(1, Math.max(1, Math.min(3000, ctx.asOf - sinceDay))),
  };
}

/** Usually a mobile (sometimes after an older one now historic), now and then a landline or emergency contact. */
function addResidentPhones({ ctx: { random }, add, recent }: ResidentContacts): void {
  if (random.chance(0.78)) {
    if (random.chance(0.15)) {
      add({
        contactType: "phone",
        subType: "mobile",
        value: fictionalMobile(random),
        endedDaysAgo: random.int(10, 900),
      });
    }
    const description = random.weighted([
      [null, 8],
      ["Prefers text messages", 1],
      ["Evenings only", 1],
    ] as const);
    add({ contactType: "phone", subType: "mobile", value: fictionalMobile(random), description, createdDay: recent() });
  }
  if (random.chance(0.2)) {
    add({
      contactType: "phone",
      subType: random.pick(["home", "landline"] as const),
      value: fictionalLandline(random),
    });
  }
  if (random.chance(0.08)) {
    add({
      contactType: "phone",
      subType: "emergencyContact",
      value: fictionalMobile(random),
      description: random.pick(["Daughter", "Son", "Sister", "Brother", "Neighbour", "Friend"]),
    });
  }
}

/** Half of residents give housing an email address made of their name, a few of them no longer valid. */
function addResidentEmail({ ctx, row, add, recent }: ResidentContacts): void {
  const { random } = ctx;
  if (!random.chance(0.5)) return;
  const suffix = random.chance(0.4) ? String(random.int(1, 99)) : "";
  const local = `${emailLocalPart(row.firstName)}.${emailLocalPart(row.surname)}${suffix}`;
  const validUntilDay = random.chance(0.02) ? ctx.asOf - random.int(1, 200) : undefined;
  add({
    contactType: "email",
    subType: "other",
    value: `${local}@${random.pick(["example.org", "example.com"])}`,
    createdDay: recent(),
    validUntilDay,
  });
}

/** The home as correspondence address now and then; an address elsewhere for those who asked. */
function addResidentAddresses({ ctx, add, recent }: ResidentContacts, options: ResidentContactOptions): void {
  if (options.home && ctx.random.chance(0.3)) {
    add({ contactType: "address", subType: "correspondenceAddress", ...addressContact(options.home) });
  }
  if (options.correspondenceElsewhere) {
    add({
      contactType: "address",
      subType: options.home ? "correspondenceAddress" : "forwardingAddress",
      createdDay: recent(),
      ...addressContact(elsewhereAddress(ctx)),
    });
  }
}

/** A few residents' details recorded by finance: an email for direct debit notices. */
function addFinanceEmail({ ctx: { random }, row, add }: ResidentContacts): void {
  if (!random.chance(0.05)) return;
  const email = `${emailLocalPart(row.surname)}.${random.digits(3)}@example.com`;
  add({
    contactType: "email",
    subType: "other",
    value: email,
    serviceArea: "finance",
    description: "Direct debit notices",
  });
}

/** A few residents' carer or social worker, recorded by social care and sometimes shared with housing. */
function addSocialCareContact(contacts: ResidentContacts): void {
  const { random } = contacts.ctx;
  if (!random.chance(0.03)) return;
  const id = contacts.add({
    contactType: "phone",
    subType: random.pick(["carer", "socialWorker"] as const),
    value: fictionalLandline(random),
    serviceArea: "social-care",
    description: random.pick(["Carer visits weekday mornings", "Allocated social worker", "Care agency office"]),
  });
  if (random.chance(0.4)) addConsentForHousing(contacts, id);
}

/** The resident's consent to housing seeing a social care contact detail, some of them revoked since. */
function addConsentForHousing({ ctx, batch, row, recent }: ResidentContacts, contactDetailId: string): void {
  const { random } = ctx;
  const grantedDay = recent();
  const revoked = random.chance(0.15);
  batch.contactConsents.push({
    id: ctx.ids.uuid(),
    contactDetailId,
    grantedToArea: "housing",
    consentedBy: `${row.firstName} ${row.surname}`,
    grantedAt: timestampOf(grantedDay, 14 * 60),
    grantedBy: ctx.actor,
    validUntil: random.chance(0.3) ? dateOf(ctx.asOf + random.int(30, 700)) : null,
    revokedAt: revoked ? timestampOf(ctx.asOf - random.int(0, Math.max(0, ctx.asOf - grantedDay)), 15 * 60) : null,
    revokedBy: revoked ? ctx.actor : undefined,
  });
}

/**
 * A resident's phones, emails and addresses: mostly recorded by housing, some by finance or social
 * care (a few shared with housing by consent), with some older numbers kept as history.
 */
export function addResidentContactDetails(
  ctx: DemoContext,
  batch: DemoBatch,
  resident: Resident,
  options: ResidentContactOptions,
): void {
  const contacts = residentContacts(ctx, batch, resident, options.sinceDay);
  addResidentPhones(contacts);
  addResidentEmail(contacts);
  addResidentAddresses(contacts, options);
  addFinanceEmail(contacts);
  addSocialCareContact(contacts);
}
