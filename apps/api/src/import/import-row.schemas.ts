import { ZAddChargeInput, ZCreateRentAccountInput, ZRecordTransactionInput } from "@housing/schemas/finance";
import { ZCreatePersonInput } from "@housing/schemas/person";
import { ZCreateAssetInput, ZCreateTenureInput, ZHouseholdMemberInput } from "@housing/schemas/tenure";
import { z } from "zod";

/** Each record type carries exactly the integration-service input of its write, in file order. */
export const importInputSchemas = {
  person: ZCreatePersonInput,
  asset: ZCreateAssetInput,
  tenure: ZCreateTenureInput,
  householdMember: ZHouseholdMemberInput,
  rentAccount: ZCreateRentAccountInput,
  charge: ZAddChargeInput,
  transaction: ZRecordTransactionInput,
};
export type TImportRecordType = keyof typeof importInputSchemas;
export type TImportInputOf = { [K in TImportRecordType]: z.output<(typeof importInputSchemas)[K]> };

export const isRecordType = (value: unknown): value is TImportRecordType =>
  typeof value === "string" && Object.hasOwn(importInputSchemas, value);

export const recordTypeList = Object.keys(importInputSchemas).join(", ");

export const ZImportRecord = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("person"), input: importInputSchemas.person }),
    z.object({ type: z.literal("asset"), input: importInputSchemas.asset }),
    z.object({ type: z.literal("tenure"), input: importInputSchemas.tenure }),
    z.object({ type: z.literal("householdMember"), input: importInputSchemas.householdMember }),
    z.object({ type: z.literal("rentAccount"), input: importInputSchemas.rentAccount }),
    z.object({ type: z.literal("charge"), input: importInputSchemas.charge }),
    z.object({ type: z.literal("transaction"), input: importInputSchemas.transaction }),
  ],
  { error: `Use a record type from: ${recordTypeList}` },
);
export type TImportRecord = z.output<typeof ZImportRecord> & { line: number };

/** A row the import refused: where it is, what it was meant to be, which field and why. */
export const ZImportRejection = z.object({
  line: z.number().int(),
  recordType: z.string().nullable(),
  path: z.string(),
  message: z.string(),
});
export type TImportRejection = z.infer<typeof ZImportRejection>;
