import type { Prisma, Title } from "../generated/prisma/client.ts";
import { dateOf, timestampOf, yearsBefore } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import { middleNames, origins, preferredFirstNames, type Origin, type Sex } from "./names.ts";

export type PersonRow = Prisma.PersonCreateManyInput & { id: string; personRef: number };

/** A generated person with what later steps (contact details, finance) need to know about them. */
export type Resident = {
  row: PersonRow;
  origin: Origin;
  sex: Sex;
  /** Day number of the date of birth. */
  birthDay: number;
  isAdult: boolean;
};

export type ResidentSpec = {
  origin: Origin;
  sex?: Sex;
  surname?: string;
  /** Age in whole years on the as-of day. */
  age: number;
  /** The day the record was created (usually the tenure's start). */
  createdDay: number;
  reason: string;
};

export function pickOrigin(ctx: DemoContext): Origin {
  return ctx.random.weighted(origins.map((o) => [o, o.weight] as const));
}

function titleFor(ctx: DemoContext, origin: Origin, sex: Sex, age: number): Title {
  const { random } = ctx;
  if (age < 18) return sex === "male" ? "Master" : "Miss";
  if (random.chance(0.015)) return "Dr";
  if (random.chance(0.02)) return "Mx";
  if (sex === "male") {
    if (origin.key === "orthodox-jewish" && age > 30 && random.chance(0.1)) return "Rabbi";
    if (age > 40 && random.chance(0.004)) return "Reverend";
    return "Mr";
  }
  return random.weighted([
    ["Mrs", age > 30 ? 5 : 2],
    ["Ms", 3],
    ["Miss", age < 30 ? 4 : 1],
  ] as const);
}

export function createResident(ctx: DemoContext, batch: DemoBatch, spec: ResidentSpec): Resident {
  const { random } = ctx;
  const sex = spec.sex ?? (random.chance(0.5) ? "female" : "male");
  const { origin } = spec;
  const isAdult = spec.age >= 18;
  const birthDay = yearsBefore(ctx.asOf, spec.age) - random.int(1, 364);
  const firstName = random.pick(sex === "female" ? origin.female : origin.male);
  const surname = spec.surname ?? random.pick(origin.surnames);
  const preferred = preferredFirstNames.get(firstName);
  // Children are mostly born here; adults half the time elsewhere.
  const bornHere = isAdult ? random.chance(0.45) : random.chance(0.85);
  const created = timestampOf(spec.createdDay, random.int(9 * 60, 17 * 60));
  const row: PersonRow = {
    id: ctx.ids.uuid(),
    personRef: ctx.references.nextPersonRef(),
    title: titleFor(ctx, origin, sex, spec.age),
    firstName,
    middleName: random.chance(0.3) ? random.pick(middleNames[sex]) : null,
    surname,
    preferredFirstName: preferred && random.chance(0.4) ? preferred : null,
    placeOfBirth: random.chance(0.15)
      ? null
      : bornHere
        ? random.pick(["London", "Hackney", "London"])
        : random.pick(origin.placesOfBirth),
    dateOfBirth: dateOf(birthDay),
    personTypes: [],
    reason: spec.reason,
    createdAt: created,
    createdBy: ctx.actor,
    modifiedAt: created,
    modifiedBy: ctx.actor,
  };
  batch.persons.push(row);
  return { row, origin, sex, birthDay, isAdult };
}

export function fullName(person: Pick<PersonRow, "firstName" | "surname">): string {
  return `${person.firstName} ${person.surname}`;
}

/** Staff records: no title or date of birth needed (the person rules allow that for officers). */
export function createHousingOfficers(ctx: DemoContext, batch: DemoBatch, count: number): PersonRow[] {
  const officers: PersonRow[] = [];
  for (let i = 0; i < count; i++) {
    const origin = pickOrigin(ctx);
    const sex: Sex = ctx.random.chance(0.5) ? "female" : "male";
    const created = timestampOf(ctx.asOf - ctx.random.int(30, 3000), 10 * 60);
    const row: PersonRow = {
      id: ctx.ids.uuid(),
      personRef: ctx.references.nextPersonRef(),
      firstName: ctx.random.pick(sex === "female" ? origin.female : origin.male),
      surname: ctx.random.pick(origin.surnames),
      personTypes: [i % 5 === 4 ? "HousingAreaManager" : "HousingOfficer"],
      reason: "Staff record for patch allocation",
      createdAt: created,
      createdBy: ctx.actor,
      modifiedAt: created,
      modifiedBy: ctx.actor,
    };
    batch.persons.push(row);
    officers.push(row);
  }
  return officers;
}
