import type { IdentificationType, Prisma } from "../generated/prisma/client.ts";
import { dateOf, timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import type { Resident } from "./generate-persons.ts";
import { alertTypes } from "./reference-data.ts";

// National Insurance numbers use the prefix QQ, which HMRC reserves for examples: never a real one.
function fictionalNiNumber(ctx: DemoContext): string {
  return `QQ${ctx.random.digits(6)}${ctx.random.pick(["A", "B", "C", "D"])}`;
}

function drivingLicenceNumber(ctx: DemoContext, resident: Resident): string {
  const surname = resident.row.surname
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .toUpperCase()
    .slice(0, 5)
    .padEnd(5, "9");
  const birth = dateOf(resident.birthDay);
  const year = String(birth.getUTCFullYear());
  const month = birth.getUTCMonth() + 1 + (resident.sex === "female" ? 50 : 0);
  const day = String(birth.getUTCDate()).padStart(2, "0");
  const initial =
    resident.row.firstName
      .normalize("NFD")
      .replace(/[^A-Za-z]/g, "")
      .charAt(0)
      .toUpperCase() || "9";
  return `${surname}${year[2]}${String(month).padStart(2, "0")}${day}${year[3]}${initial}9${ctx.random.digits(1)}${ctx.random.pick(["AB", "CD", "JK", "LM"])}`;
}

function equalityData(ctx: DemoContext, batch: DemoBatch, resident: Resident): void {
  const { random } = ctx;
  const { origin, row } = resident;
  const primary = origin.languages[0] ?? "English";
  const languages =
    primary === "English" || random.chance(0.3)
      ? [{ language: "English", isPrimary: true }]
      : [
          { language: primary, isPrimary: true },
          ...(random.chance(0.7) ? [{ language: "English", isPrimary: false }] : []),
        ];
  batch.equalityData.push({
    personId: row.id,
    gender: random.chance(0.05)
      ? "Prefer not to say"
      : row.title === "Mx"
        ? "Non-binary"
        : resident.sex === "female"
          ? "Female"
          : "Male",
    nationality: random.chance(0.1) ? null : random.pick(origin.nationalities),
    ethnicity: random.chance(0.08) ? "Prefer not to say" : origin.ethnicity,
    languages,
    modifiedAt: row.createdAt ?? timestampOf(ctx.asOf, 0),
    modifiedBy: ctx.actor,
  });
}

function identification(ctx: DemoContext, batch: DemoBatch, resident: Resident, type: IdentificationType): void {
  const value =
    type === "NationalInsurance"
      ? fictionalNiNumber(ctx)
      : type === "DrivingLicence"
        ? drivingLicenceNumber(ctx, resident)
        : ctx.random.digits(9);
  batch.identifications.push({
    id: ctx.ids.uuid(),
    personId: resident.row.id,
    identificationType: type,
    value,
    isOriginalDocumentSeen: ctx.random.chance(0.7),
    createdAt: resident.row.createdAt ?? timestampOf(ctx.asOf, 0),
    createdBy: ctx.actor,
  });
}

export function addPersonAlert(ctx: DemoContext, batch: DemoBatch, personId: string): void {
  const [alertCode, description] = ctx.random.weighted(alertTypes.person.map((a) => [a, a[2]] as const));
  const startDay = ctx.asOf - ctx.random.int(30, 3000);
  const ended = ctx.random.chance(0.2);
  const raised = timestampOf(startDay, 11 * 60);
  batch.cautionaryAlerts.push({
    id: ctx.ids.uuid(),
    personId,
    alertCode,
    description,
    reason: ctx.random.pick([
      "Reported by housing officer",
      "Incident at estate office",
      "Information from social care",
      "Police information",
    ]),
    startDate: dateOf(startDay),
    endDate: ended ? dateOf(Math.min(ctx.asOf - 1, startDay + ctx.random.int(60, 700))) : null,
    createdAt: raised,
    createdBy: ctx.actor,
    modifiedAt: raised,
  });
}

type PersonLink = Omit<Prisma.PersonLinkCreateManyInput, "id" | "personId">;

/** A link from the person to their record in another of the council's systems. */
function addPersonLink(ctx: DemoContext, batch: DemoBatch, personId: string, link: PersonLink): void {
  batch.personLinks.push({ id: ctx.ids.uuid(), personId, ...link });
}

/**
 * The sensitive and cross-service records some adults have: equality data, identity documents,
 * links to other services, social-care notes, a preferred contact method, cautionary alerts.
 */
export function addPersonRecords(ctx: DemoContext, batch: DemoBatch, resident: Resident): void {
  const { random } = ctx;
  const { row } = resident;
  if (random.chance(resident.isAdult ? 0.4 : 0.15)) equalityData(ctx, batch, resident);
  if (!resident.isAdult) return;
  if (random.chance(0.3)) identification(ctx, batch, resident, "NationalInsurance");
  if (random.chance(0.1))
    identification(
      ctx,
      batch,
      resident,
      random.pick(["Passport", "DrivingLicence", "BiometricResidencePermit"] as const),
    );
  if (random.chance(0.05)) {
    const externalId = `CT${random.digits(8)}`;
    addPersonLink(ctx, batch, row.id, {
      system: "council-tax",
      rel: "account",
      externalId,
      href: `https://council-tax.example.org/accounts/${externalId}`,
    });
  }
  if (random.chance(0.02)) {
    const caseRef = `SC${random.digits(7)}`;
    addPersonLink(ctx, batch, row.id, { system: "social-care", rel: "case", externalId: caseRef });
    batch.serviceAreaData.push({
      id: ctx.ids.uuid(),
      personId: row.id,
      serviceArea: "social-care",
      data: {
        caseReference: caseRef,
        communicationNeeds: random.pick([
          "Prefers written communication",
          "Needs an interpreter",
          "Hearing impaired: use text or email",
          "Visit with a carer present",
        ]),
      },
      createdAt: row.createdAt ?? timestampOf(ctx.asOf, 0),
      createdBy: ctx.actor,
      modifiedAt: row.createdAt ?? timestampOf(ctx.asOf, 0),
      modifiedBy: ctx.actor,
    });
  }
  if (random.chance(0.2)) {
    batch.contactPreferences.push({
      personId: row.id,
      serviceArea: "housing",
      method: random.weighted([
        ["phone", 5],
        ["email", 3],
        ["post", 2],
      ] as const),
      modifiedAt: row.createdAt ?? timestampOf(ctx.asOf, 0),
      modifiedBy: ctx.actor,
    });
  }
  if (random.chance(0.015)) addPersonAlert(ctx, batch, row.id);
}
