import { describe, expect, it } from "vitest";
import { readImportText } from "./import-file-reader.ts";
import { validateImportRows } from "./validate-import-rows.ts";

const dwellingId = "3f6c1a52-8b1e-4c7d-9a0f-2d4e6b8c0a11";

describe("validating import rows against the write schemas", () => {
  it("turns CSV cells into the numbers and booleans the schema wants, and leaves text that looks numeric as text", () => {
    const csv = `type,assetType,propertyReference,uprn,addressLine1,bedrooms,isVoid,parentId\nasset,Dwelling,00123,100021,1 Fennel Walk,2,TRUE,${dwellingId}\n`;
    const { records, rejections } = validateImportRows(readImportText(csv, "csv").rows);
    expect(rejections).toEqual([]);
    expect(records[0]).toMatchObject({
      line: 2,
      type: "asset",
      input: { propertyReference: "00123", uprn: "100021", bedrooms: 2, isVoid: true, isLettable: true },
    });
  });

  it("names the line, record type, field path and message of every problem", () => {
    const csv =
      "type,rentAccountId,charge.chargeType,charge.chargeCode,charge.description,charge.weeklyAmount,charge.startDate\n" +
      `charge,${dwellingId},Rent,DWR,Rent,lots,2025-04-07\n`;
    const { records, rejections } = validateImportRows(readImportText(csv, "csv").rows);
    expect(records).toEqual([]);
    expect(rejections).toEqual([
      {
        line: 2,
        recordType: "charge",
        path: "charge.chargeType",
        message: expect.stringContaining("Use a charge type"),
      },
      {
        line: 2,
        recordType: "charge",
        path: "charge.weeklyAmount",
        message: expect.stringContaining("as a number of pounds"),
      },
    ]);
  });

  it("accepts recordType for type, and refuses an unknown type or a field the write does not take", () => {
    const rows = readImportText(
      [
        JSON.stringify({
          recordType: "householdMember",
          tenureId: dwellingId,
          personId: dwellingId,
          isResponsible: true,
        }),
        JSON.stringify({ type: "landlord", name: "x" }),
        JSON.stringify({
          type: "householdMember",
          tenureId: dwellingId,
          personId: dwellingId,
          isResponsible: true,
          note: "x",
        }),
        JSON.stringify({ type: "asset", recordType: "person" }),
      ].join("\n"),
      "jsonl",
    ).rows;
    const { records, rejections } = validateImportRows(rows);
    expect(records.map((record) => [record.line, record.type])).toEqual([[1, "householdMember"]]);
    expect(rejections).toEqual([
      {
        line: 2,
        recordType: "landlord",
        path: "type",
        message: expect.stringContaining("Use a record type from: person, asset"),
      },
      { line: 3, recordType: "householdMember", path: "note", message: "This field cannot be set here" },
      {
        line: 4,
        recordType: "asset",
        path: "recordType",
        message: "The type and recordType disagree: send one of them",
      },
    ]);
  });

  it("does not type JSON values: a number sent as text is the sender's mistake to hear about", () => {
    const rows = readImportText(
      JSON.stringify({
        type: "asset",
        assetType: "Dwelling",
        propertyReference: "A1",
        addressLine1: "1 Orris Lane",
        bedrooms: "2",
      }),
      "jsonl",
    ).rows;
    expect(validateImportRows(rows).rejections).toEqual([
      { line: 1, recordType: "asset", path: "bedrooms", message: expect.stringContaining("expected number") },
    ]);
  });
});
