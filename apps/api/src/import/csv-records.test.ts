import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "./csv-records.ts";

describe("reading CSV records", () => {
  it("splits cells on commas and keeps commas, doubled quotes and line breaks inside quoted cells", () => {
    const records = parseCsv(
      'type,addressLine1,name\nasset,"Flat 1, Kings House","The ""Old"" Mill"\nasset,"Line one\nline two",x\n',
    );
    expect(records).toEqual([
      { line: 1, cells: ["type", "addressLine1", "name"] },
      { line: 2, cells: ["asset", "Flat 1, Kings House", 'The "Old" Mill'] },
      { line: 3, cells: ["asset", "Line one\nline two", "x"] },
    ]);
  });

  it("numbers a record by the line it starts on, after a quoted cell that spans lines", () => {
    const records = parseCsv('a,b\n"1\n2\n3",x\nnext,y');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it("ignores a byte order mark and reads CRLF line ends like LF", () => {
    expect(parseCsv("\uFEFFtype,id\r\nperson,1\r\n")).toEqual([
      { line: 1, cells: ["type", "id"] },
      { line: 2, cells: ["person", "1"] },
    ]);
  });

  it("skips blank lines and rows of empty cells but keeps counting lines", () => {
    const records = parseCsv("type,id\n\n,\r\nperson,1\n\n");
    expect(records).toEqual([
      { line: 1, cells: ["type", "id"] },
      { line: 4, cells: ["person", "1"] },
    ]);
  });

  it("keeps an empty quoted cell and a quoted cell at the end of the file without a line end", () => {
    expect(parseCsv('a,"",c\n"x","y","z"')).toEqual([
      { line: 1, cells: ["a", "", "c"] },
      { line: 2, cells: ["x", "y", "z"] },
    ]);
  });

  it("refuses a quote that is never closed, naming the line it opened on", () => {
    expect(() => parseCsv('a,b\nx,"open\nstill open')).toThrow(
      expect.objectContaining({ line: 2, message: expect.stringContaining("never closed") }),
    );
  });

  it("refuses a stray quote inside an unquoted cell and text after a closing quote", () => {
    expect(() => parseCsv('a,b\nx,5" tall')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\nx,"quoted"tail')).toThrow(expect.objectContaining({ line: 2 }));
  });
});
