import type { ChargeType, TenureKind } from "../generated/prisma/client.ts";
import { tenureTypes } from "../reference-data.ts";

export { tenureTypes };

/** The actor recorded as creator of every demo row. */
export const demoDataActor = { id: "demo-data-generator", name: "Demo data generator", email: "demo-data@example.org" };

export const tenureKindByCode: ReadonlyMap<string, TenureKind> = new Map(tenureTypes.map((t) => [t.code, t.kind]));

/** How often each tenure type is let, for a flat in a block and for a street house. */
export const tenureTypeWeights = {
  flat: [
    ["SEC", 66],
    ["INT", 6],
    ["NON", 3],
    ["DEM", 0.5],
    ["FTT", 1],
    ["LEA", 13],
    ["SHO", 2],
    ["SHE", 0.5],
    ["TLA", 2],
    ["TEMP", 2],
    ["THL", 1],
    ["TPL", 1],
    ["LTA", 1],
    ["MPA", 1],
  ],
  house: [
    ["SEC", 58],
    ["INT", 5],
    ["NON", 2],
    ["FTT", 1],
    ["FRE", 20],
    ["FRS", 3],
    ["LEA", 3],
    ["TEMP", 3],
    ["TPL", 3],
    ["TBB", 1],
    ["MPA", 1],
  ],
} as const satisfies Record<string, readonly (readonly [string, number])[]>;

export const rentGroupByKind: Readonly<Record<TenureKind, string>> = {
  Tenancy: "HRA",
  Leasehold: "LSC",
  Freehold: "LSC",
  Licence: "TAG",
  Other: "HRA",
};

export const fundByKind: Readonly<Record<TenureKind, string>> = {
  Tenancy: "HRA",
  Leasehold: "LSC",
  Freehold: "LSC",
  Licence: "GF",
  Other: "HRA",
};

export type ChargeCode = { code: string; chargeType: ChargeType; description: string };

export const chargeCodes = {
  dwellingRent: { code: "DWR", chargeType: "DwellingRent", description: "Dwelling rent" },
  temporaryRent: { code: "DTA", chargeType: "DwellingRent", description: "Temporary accommodation rent" },
  groundRent: { code: "DGR", chargeType: "DwellingRent", description: "Ground rent" },
  garage: { code: "DGA", chargeType: "NonDwellingRent", description: "Garage rent" },
  parking: { code: "DPK", chargeType: "NonDwellingRent", description: "Parking bay" },
  blockCleaning: { code: "DCB", chargeType: "ServiceCharge", description: "Cleaning (block)" },
  estateCleaning: { code: "DCE", chargeType: "ServiceCharge", description: "Cleaning (estate)" },
  leaseholdService: { code: "DSC", chargeType: "ServiceCharge", description: "Service charge (leasehold)" },
  majorWorks: { code: "DMW", chargeType: "ServiceCharge", description: "Major works instalment" },
  estateCharge: { code: "DEC", chargeType: "ServiceCharge", description: "Estate charge" },
  heating: { code: "DHW", chargeType: "RentalServiceCharge", description: "Heating and hot water" },
  concierge: { code: "DCC", chargeType: "RentalServiceCharge", description: "Concierge" },
  aerial: { code: "DTV", chargeType: "RentalServiceCharge", description: "TV aerial" },
} as const satisfies Record<string, ChargeCode>;

export const terminationReasons = {
  moved: [
    ["Transferred to another council property", 5],
    ["Mutual exchange", 2],
  ],
  left: [
    ["Notice given by tenant", 5],
    ["Moved to private sector", 3],
    ["Moved out of London", 2],
    ["Evicted - rent arrears", 1],
    ["Abandonment", 1],
    ["Possession order - anti-social behaviour", 0.5],
    ["Lease surrendered", 0.5],
  ],
} as const;

export const alertTypes = {
  person: [
    ["VA", "Verbal abuse or threat of violence", 4],
    ["PV", "Physical violence", 1],
    ["CV", "No lone visits: visit in pairs", 3],
    ["SAF", "Safeguarding: contact social care before visiting", 2],
    ["HAR", "Hoarding: health and safety risk", 1],
  ],
  asset: [
    ["DOG", "Dangerous dog at the property", 3],
    ["ASB", "Anti-social behaviour hotspot", 2],
    ["ASP", "Asbestos present: survey before works", 2],
    ["CV", "No lone visits: visit in pairs", 1],
  ],
} as const;
