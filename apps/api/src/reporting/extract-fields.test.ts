import { describe, expect, it } from "vitest";
import { csvRow } from "./csv.ts";
import { type ExtractField, csvColumnsOf, jsonLine } from "./extract-fields.ts";

type Row = { id: string; types: string[]; note: string | null; active: boolean; amount: number };
const fields: readonly ExtractField<Row>[] = [
  { name: "id", value: (r) => r.id },
  { name: "types", codes: ["Tenant", "Leaseholder"], csvPrefix: "is", values: (r) => r.types },
  { name: "note", value: (r) => r.note },
  { name: "active", value: (r) => r.active },
  { name: "amount", value: (r) => r.amount },
];
const row: Row = { id: "a1", types: ["Leaseholder"], note: 'says "hi", twice', active: false, amount: -12.5 };

describe("extract fields", () => {
  it("a record is one JSON object a line, a code list as an array", () => {
    expect(jsonLine(fields, row)).toBe(
      '{"id":"a1","types":["Leaseholder"],"note":"says \\"hi\\", twice","active":false,"amount":-12.5}\n',
    );
  });

  it("in CSV a code list becomes one true/false column per code, and booleans are true/false", () => {
    const columns = csvColumnsOf(fields);
    expect(columns.map((column) => column.header)).toEqual([
      "id",
      "isTenant",
      "isLeaseholder",
      "note",
      "active",
      "amount",
    ]);
    expect(csvRow(columns.map((column) => column.value(row)))).toBe(
      'a1,false,true,"says ""hi"", twice",false,-12.5\r\n',
    );
  });
});
