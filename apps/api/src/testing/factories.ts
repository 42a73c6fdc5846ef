import type { DbClient } from "@housing/db/client";
import { fakeStreetNames, fakeUprn } from "@housing/db/fake-data";

const by = { id: "test-factory", name: "Test factory", email: "factory@example.org" };
let counter = 0;
/**
 * Unique per call within a worker, so parallel files never collide on unique columns. The fixed
 * width and first digit keep the values alike from run to run whatever the process id, so a test
 * never passes or fails on how its references happen to start.
 */
const unique = () => `7${process.pid.toString().padStart(7, "0")}${(++counter).toString().padStart(5, "0")}`;
/** A borough street from the demo's vocabulary, taken in turn. */
const street = () => fakeStreetNames[counter % fakeStreetNames.length] ?? "Mare Street";

export async function makeTenureType(
  db: DbClient,
  code = "SEC",
  kind: "Tenancy" | "Leasehold" | "Freehold" = "Tenancy",
) {
  return db.tenureType.upsert({
    where: { code },
    update: {},
    create: { code, description: code === "SEC" ? "Secure" : code, kind },
  });
}

export async function makeAsset(
  db: DbClient,
  overrides: { addressLine1?: string; postCode?: string; parentId?: string; assetType?: "Block" | "Estate" } = {},
) {
  return db.asset.create({
    data: {
      propertyReference: unique(),
      assetType: overrides.assetType ?? "Dwelling",
      addressLine1: overrides.addressLine1 ?? `${counter} ${street()}`,
      postCode: overrides.postCode ?? "E8 1DY",
      parentId: overrides.parentId ?? null,
      uprn: fakeUprn(Number(unique().slice(-9))),
      createdBy: by,
      modifiedBy: by,
    },
  });
}

export async function makeTenure(
  db: DbClient,
  overrides: {
    assetId?: string;
    tenureTypeCode?: string;
    paymentReference?: string;
    startOfTenureDate?: Date;
    endOfTenureDate?: Date | null;
  } = {},
) {
  const tenureTypeCode = overrides.tenureTypeCode ?? "SEC";
  await makeTenureType(db, tenureTypeCode);
  const assetId = overrides.assetId ?? (await makeAsset(db)).id;
  return db.tenure.create({
    data: {
      paymentReference: overrides.paymentReference ?? unique(),
      tenureTypeCode,
      assetId,
      startOfTenureDate: overrides.startOfTenureDate ?? new Date("2020-04-01"),
      endOfTenureDate: overrides.endOfTenureDate ?? null,
      createdBy: by,
      modifiedBy: by,
    },
  });
}

export async function addHouseholdMember(db: DbClient, tenureId: string, personId: string, isResponsible = true) {
  return db.householdMember.create({
    data: { tenureId, personId, isResponsible, personTenureType: isResponsible ? "Tenant" : "HouseholdMember" },
  });
}

/** A valid create-person input; override what the test is about. */
export function personInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Ms" as const,
    firstName: "Amara",
    surname: `Okafor${unique()}`,
    dateOfBirth: "1985-06-15",
    personTypes: ["Tenant" as const],
    reason: "New tenant",
    ...overrides,
  };
}
