import { describe, expect, it } from "vitest";
import { createRowReader, type ImportFileContents, importFileFormat, readImportText } from "./import-file-reader.ts";

describe("reading an import file", () => {
  it("knows JSON lines and CSV by the file's extension", () => {
    expect(importFileFormat("/data/council.jsonl")).toBe("jsonl");
    expect(importFileFormat("council.NDJSON")).toBe("jsonl");
    expect(importFileFormat("council.csv")).toBe("csv");
    expect(importFileFormat("council.xlsx")).toBeUndefined();
  });

  it("reads one JSON object a line with its line number, skipping blank lines, a BOM and CRLF", () => {
    const text = '\uFEFF{"type":"asset","bedrooms":2}\r\n\r\n   \n{"type":"person"}\n';
    expect(readImportText(text, "jsonl")).toEqual({
      rows: [
        { line: 1, fields: { type: "asset", bedrooms: 2 }, cellsAreText: false },
        { line: 4, fields: { type: "person" }, cellsAreText: false },
      ],
      rejections: [],
    });
  });

  it("rejects a line that is not JSON, or not one object, and reads the rest", () => {
    const { rows, rejections } = readImportText('{"type":"asset"}\n{"type":\n[1,2]\n{"type":"person"}', "jsonl");
    expect(rows.map((row) => row.line)).toEqual([1, 4]);
    expect(rejections).toEqual([
      { line: 2, recordType: null, path: "", message: expect.stringContaining("not valid JSON") },
      { line: 3, recordType: null, path: "", message: expect.stringContaining("one JSON object") },
    ]);
  });

  it("builds nested fields from dotted CSV headers and list items from numbered ones, leaving empty cells out", () => {
    const text =
      "type,rentAccountId,charge.chargeType,charge.weeklyAmount,personTypes.0,personTypes.1\n" +
      "charge,r1,DwellingRent,120.50,,\n" +
      "person,,,,Tenant,HouseholdMember\n";
    expect(readImportText(text, "csv").rows).toEqual([
      {
        line: 2,
        fields: { type: "charge", rentAccountId: "r1", charge: { chargeType: "DwellingRent", weeklyAmount: "120.50" } },
        cellsAreText: true,
      },
      { line: 3, fields: { type: "person", personTypes: ["Tenant", "HouseholdMember"] }, cellsAreText: true },
    ]);
  });

  it("rejects a CSV row with more or fewer cells than the header", () => {
    const { rows, rejections } = readImportText("type,id\nperson,1,extra\nperson\nperson,2\n", "csv");
    expect(rows.map((row) => row.line)).toEqual([4]);
    expect(rejections.map((rejection) => [rejection.line, rejection.message])).toEqual([
      [2, "This row has 3 cells but the header has 2"],
      [3, "This row has 1 cells but the header has 2"],
    ]);
  });

  it.each([
    ["a column named twice", "type,id,id\n", "clashes"],
    ["a value and a group of the same name", "type,charge,charge.chargeType\n", "clashes"],
    ["a list and a group of the same name", "type,tenures.0.tenureId,tenures.x\n", "clashes"],
    ["an empty column name", "type,,id\n", "has no name"],
    ["no type column", "id,firstName\n", "needs a type column"],
  ])("rejects a CSV header with %s, at line 1", (_title, text, message) => {
    const { rows, rejections } = readImportText(`${text}person,1,2\n`, "csv");
    expect(rows).toEqual([]);
    expect(rejections).toEqual([{ line: 1, recordType: null, path: "", message: expect.stringContaining(message) }]);
  });

  it("reports a CSV syntax error at its line instead of failing", () => {
    expect(readImportText('type,id\nperson,"1\n', "csv").rejections).toEqual([
      { line: 2, recordType: null, path: "", message: expect.stringContaining("never closed") },
    ]);
  });

  it.each([
    [
      "JSON lines",
      "jsonl",
      '\uFEFF{"type":"asset","name":"A, \\"B\\""}\r\n\r\n{"type":"person"}\n{"type":\n[1]\n{"type":"charge"}',
    ],
    [
      "CSV with quoted cells across lines",
      "csv",
      'type,name,charge.description\r\nasset,"Flat 1,\r\nBlock ""A""",\n\n,,\nperson,x,"y\nz"\r\ncharge,,last',
    ],
  ] as const)("reads %s the same in chunks of any size as whole", (_title, format, text) => {
    const whole = readImportText(text, format);
    for (const size of [1, 2, 3, 7, 16]) {
      const reader = createRowReader(format);
      const read: ImportFileContents = { rows: [], rejections: [] };
      const take = (contents: ImportFileContents) => {
        read.rows.push(...contents.rows);
        read.rejections.push(...contents.rejections);
      };
      for (let at = 0; at < text.length; at += size) take(reader.push(text.slice(at, at + size)));
      take(reader.end());
      expect(read).toEqual(whole);
    }
    expect(whole.rows.length).toBeGreaterThan(1);
  });
});
