import { describe, expect, it } from "vitest";
import { type CsvColumn, csvCell, csvLines, csvRow } from "./csv.ts";

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const line of lines) text += line;
  return text;
}

async function* pagesOf<T>(...pages: T[][]) {
  for (const page of pages) yield page;
}

describe("CSV cells", () => {
  it.each([
    ["plain text", "Flat 1 Oak House", "Flat 1 Oak House"],
    ["a comma", "Oak House, Hackney", '"Oak House, Hackney"'],
    ["a double quote, doubled", 'The "Oaks"', '"The ""Oaks"""'],
    ["a line break", "line one\nline two", '"line one\nline two"'],
    ["a carriage return and line feed", "one\r\ntwo", '"one\r\ntwo"'],
    ["an empty string", "", ""],
    ["non-ASCII text, unchanged", "Zoë Ŵilliams – Café", "Zoë Ŵilliams – Café"],
  ])("%s", (_title, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves null empty and writes numbers as they are, negative ones included", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(1234.5)).toBe("1234.5");
    expect(csvCell(-87.25)).toBe("-87.25");
  });

  it.each([
    ["=", "=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+", "+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-", "-2+3", "'-2+3"],
    ["@", "@cmd", "'@cmd"],
    ["a tab", "\tcmd", "'\tcmd"],
    ["a carriage return, then quoted", "\rcmd", '"\'\rcmd"'],
    ["= with a comma, then quoted", '=HYPERLINK("x",1)', '"\'=HYPERLINK(""x"",1)"'],
  ])("a text cell starting with %s is prefixed with ' so a spreadsheet does not run it", (_title, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves a plain negative number given as text alone: it is a number, not a formula", () => {
    expect(csvCell("-12")).toBe("-12");
    expect(csvCell("-12.50")).toBe("-12.50");
    expect(csvCell("-12.")).toBe("'-12.");
    expect(csvCell("-1e5")).toBe("'-1e5");
  });
});

describe("CSV rows and lines", () => {
  it("joins cells with commas and ends every row with CRLF", () => {
    expect(csvRow(["a", null, 3, "b,c"])).toBe('a,,3,"b,c"\r\n');
  });

  it("starts with the byte order mark and the header row, then writes a row per record across pages", async () => {
    const columns: CsvColumn<{ name: string; balance: number | null }>[] = [
      { header: "Name", value: (record) => record.name },
      { header: "Balance", value: (record) => record.balance },
    ];
    const text = await collect(
      csvLines(columns, pagesOf([{ name: "Ann", balance: -5 }], [], [{ name: "Bo, Jr", balance: null }])),
    );
    expect(text).toBe('\uFEFFName,Balance\r\nAnn,-5\r\n"Bo, Jr",\r\n');
  });

  it("writes only the header row when nothing matches", async () => {
    const columns: CsvColumn<string>[] = [{ header: "Name", value: (record) => record }];
    expect(await collect(csvLines(columns, pagesOf<string>()))).toBe("\uFEFFName\r\n");
  });
});
