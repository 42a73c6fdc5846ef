import type { Db } from "./client.ts";
import type { TenureKind } from "./generated/prisma/client.ts";

export type TenureTypeRow = { code: string; description: string; kind: TenureKind };

/** The council's tenure type codes (as in Universal Housing), with the kind each belongs to. */
export const tenureTypes: readonly TenureTypeRow[] = [
  { code: "SEC", description: "Secure", kind: "Tenancy" },
  { code: "INT", description: "Introductory", kind: "Tenancy" },
  { code: "NON", description: "Non-Secure", kind: "Tenancy" },
  { code: "DEM", description: "Demoted", kind: "Tenancy" },
  { code: "FTT", description: "Flexible Fixed Term", kind: "Tenancy" },
  { code: "LEA", description: "Leasehold (RTB)", kind: "Leasehold" },
  { code: "SHO", description: "Shared Owners", kind: "Leasehold" },
  { code: "SHE", description: "Shared Equity", kind: "Leasehold" },
  { code: "FRE", description: "Freehold", kind: "Freehold" },
  { code: "FRS", description: "Freehold (Serv)", kind: "Freehold" },
  { code: "TLA", description: "Temp Annex", kind: "Licence" },
  { code: "TEMP", description: "Temporary Accommodation", kind: "Licence" },
  { code: "THL", description: "Temp Hostel Lic", kind: "Licence" },
  { code: "TPL", description: "Temp Private Lt", kind: "Licence" },
  { code: "TBB", description: "Temp B&B", kind: "Licence" },
  { code: "MPA", description: "Mesne Profit Ac", kind: "Other" },
  { code: "LTA", description: "Licence Temp Ac", kind: "Licence" },
];

/**
 * Reference data every council database needs before the first tenure can be recorded, whether
 * or not it holds demo data; adds what is missing and never changes what a council has edited.
 */
export async function ensureReferenceData(db: Db): Promise<void> {
  await db.tenureType.createMany({ data: [...tenureTypes], skipDuplicates: true });
}
