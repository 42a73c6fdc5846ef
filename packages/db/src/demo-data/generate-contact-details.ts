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

/**
 * A resident's phones, emails and addresses: mostly recorded by housing, some by finance or social
 * care (a few shared with housing by consent), with some older numbers kept as history.
 */
export function addResidentContactDetails(
  ctx: DemoContext,
  batch: DemoBatch,
  resident: Resident,
  options: { home: PostalAddress | null; correspondenceElsewhere: boolean; sinceDay: number },
): void {
  const { random } = ctx;
  const { row } = resident;
  const defaults = new Set<string>();
  const base = { targetId: row.id, targetType: "person" as const, createdDay: options.sinceDay };
  const recent = () => ctx.asOf - random.int(1, Math.max(1, Math.min(3000, ctx.asOf - options.sinceDay)));
  if (random.chance(0.78)) {
    if (random.chance(0.15)) {
      addContactDetail(
        ctx,
        batch,
        {
          ...base,
          contactType: "phone",
          subType: "mobile",
          value: fictionalMobile(random),
          serviceArea: "housing",
          endedDaysAgo: random.int(10, 900),
        },
        defaults,
      );
    }
    const description = random.weighted([
      [null, 8],
      ["Prefers text messages", 1],
      ["Evenings only", 1],
    ] as const);
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "phone",
        subType: "mobile",
        value: fictionalMobile(random),
        serviceArea: "housing",
        description,
        createdDay: recent(),
      },
      defaults,
    );
  }
  if (random.chance(0.2)) {
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "phone",
        subType: random.pick(["home", "landline"] as const),
        value: fictionalLandline(random),
        serviceArea: "housing",
      },
      defaults,
    );
  }
  if (random.chance(0.08)) {
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "phone",
        subType: "emergencyContact",
        value: fictionalMobile(random),
        serviceArea: "housing",
        description: random.pick(["Daughter", "Son", "Sister", "Brother", "Neighbour", "Friend"]),
      },
      defaults,
    );
  }
  if (random.chance(0.5)) {
    const suffix = random.chance(0.4) ? String(random.int(1, 99)) : "";
    const local = `${emailLocalPart(row.firstName)}.${emailLocalPart(row.surname)}${suffix}`;
    const validUntilDay = random.chance(0.02) ? ctx.asOf - random.int(1, 200) : undefined;
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "email",
        subType: "other",
        value: `${local}@${random.pick(["example.org", "example.com"])}`,
        serviceArea: "housing",
        createdDay: recent(),
        validUntilDay,
      },
      defaults,
    );
  }
  if (options.home && random.chance(0.3)) {
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "address",
        subType: "correspondenceAddress",
        serviceArea: "housing",
        ...addressContact(options.home),
      },
      defaults,
    );
  }
  if (options.correspondenceElsewhere) {
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "address",
        subType: options.home ? "correspondenceAddress" : "forwardingAddress",
        serviceArea: "housing",
        createdDay: recent(),
        ...addressContact(elsewhereAddress(ctx)),
      },
      defaults,
    );
  }
  if (random.chance(0.05)) {
    const email = `${emailLocalPart(row.surname)}.${random.digits(3)}@example.com`;
    addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "email",
        subType: "other",
        value: email,
        serviceArea: "finance",
        description: "Direct debit notices",
      },
      defaults,
    );
  }
  if (random.chance(0.03)) {
    const id = addContactDetail(
      ctx,
      batch,
      {
        ...base,
        contactType: "phone",
        subType: random.pick(["carer", "socialWorker"] as const),
        value: fictionalLandline(random),
        serviceArea: "social-care",
        description: random.pick(["Carer visits weekday mornings", "Allocated social worker", "Care agency office"]),
      },
      defaults,
    );
    if (random.chance(0.4)) {
      const grantedDay = recent();
      const revoked = random.chance(0.15);
      batch.contactConsents.push({
        id: ctx.ids.uuid(),
        contactDetailId: id,
        grantedToArea: "housing",
        consentedBy: `${row.firstName} ${row.surname}`,
        grantedAt: timestampOf(grantedDay, 14 * 60),
        grantedBy: ctx.actor,
        validUntil: random.chance(0.3) ? dateOf(ctx.asOf + random.int(30, 700)) : null,
        revokedAt: revoked ? timestampOf(ctx.asOf - random.int(0, Math.max(0, ctx.asOf - grantedDay)), 15 * 60) : null,
        revokedBy: revoked ? ctx.actor : undefined,
      });
    }
  }
}
