import { describe, expect, it } from "vitest";
import { toCopyRuns } from "./copy-rows.ts";
import type { Column } from "./insert-rows.ts";

const column = (name: string, type: string, notNull = false, defaultExpression: string | null = null): Column => ({
  name,
  type,
  notNull,
  defaultExpression,
});
const columns = new Map(
  [
    column("id", "uuid", true),
    column("name", "text", true),
    column("tags", "text[]"),
    column("day", "date"),
    column("at", "timestamp(3) with time zone"),
    column("isVoid", "boolean", true, "false"),
    column("createdBy", "jsonb", true),
    { ...column("status", '"RentAccountStatus"', true, `'Active'::"RentAccountStatus"`), constantDefault: "Active" },
  ].map((c) => [c.name, c]),
);
const actor = { id: "demo", name: "Demo" };
const text = (data: Uint8Array) => Buffer.from(data).toString("utf8");

describe("rows as COPY text", () => {
  it("writes each value in COPY's text format, escaping what would end a field or a line", () => {
    const [run] = toCopyRuns("Asset", columns, [
      {
        id: "018d0000-0000-7000-8000-000000000001",
        name: "Back\\slash\tand\nlines",
        tags: ['say "hi"', "plain"],
        day: new Date("2025-06-30T00:00:00Z"),
        at: new Date("2025-06-30T10:00:00Z"),
        isVoid: true,
        createdBy: { id: "someone" },
      },
    ]);
    expect(run?.columns).toEqual(["id", "name", "tags", "day", "at", "isVoid", "createdBy"]);
    expect(text(run?.data ?? new Uint8Array())).toBe(
      [
        "018d0000-0000-7000-8000-000000000001",
        "Back\\\\slash\\tand\\nlines",
        '{"say \\\\"hi\\\\"","plain"}',
        "2025-06-30",
        "2025-06-30T10:00:00.000Z",
        "t",
        '{"id":"someone"}',
      ].join("\t") + "\n",
    );
  });

  it("writes a missing value as NULL, but leaves a NOT NULL column with a default to the database, keeping the rows' order", () => {
    const runs = toCopyRuns("Asset", columns, [
      { id: "a", name: "Estate", isVoid: undefined, tags: null },
      { id: "b", name: "Block", isVoid: true, tags: null },
      { id: "c", name: "Flat", isVoid: false, tags: null },
      { id: "d", name: "Other estate", tags: null },
    ]);
    expect(runs.map((r) => [r.columns, text(r.data)])).toEqual([
      [["id", "name", "tags"], "a\tEstate\t\\N\n"],
      [["id", "name", "isVoid", "tags"], "b\tBlock\tt\t\\N\nc\tFlat\tf\t\\N\n"],
      [["id", "name", "tags"], "d\tOther estate\t\\N\n"],
    ]);
  });

  it("leaves out a column whose value is the very object its load-time default holds, and only that object", () => {
    const runs = toCopyRuns(
      "Asset",
      columns,
      [
        { id: "a", name: "x", createdBy: actor },
        { id: "b", name: "y", createdBy: { ...actor } },
      ],
      new Map([["createdBy", actor]]),
    );
    expect(runs.map((r) => [r.columns, text(r.data)])).toEqual([
      [["id", "name"], "a\tx\n"],
      [["id", "name", "createdBy"], 'b\ty\t{"id":"demo","name":"Demo"}\n'],
    ]);
  });

  it("writes a constant default itself, so rows without the value stay in one run", () => {
    const runs = toCopyRuns("Asset", columns, [
      { id: "a", name: "x", status: "Closed" },
      { id: "b", name: "y" },
      { id: "c", name: "z", status: null },
    ]);
    expect(runs.map((r) => [r.columns, text(r.data)])).toEqual([
      [["id", "name", "status"], "a\tx\tClosed\nb\ty\tActive\nc\tz\tActive\n"],
    ]);
  });

  it("writes text beyond ASCII as UTF-8, short or long, wherever in the value it starts", () => {
    const long = `${"Flat 1, ".repeat(10)}Zoë Çelik`;
    const names = ["Zoë", "Ünal", "O'Brien-Çelik 😀", "Ørsted\tHouse", long, "Plain"];
    const [run] = toCopyRuns(
      "Asset",
      columns,
      names.map((name, i) => ({ id: String(i), name })),
    );
    expect(text(run?.data ?? new Uint8Array())).toBe(
      names.map((name, i) => `${i}\t${name.replace("\t", "\\t")}\n`).join(""),
    );
  });

  it("refuses a value for a column the table does not have", () => {
    expect(() => toCopyRuns("Asset", columns, [{ id: "a", colour: "red" }])).toThrow("Asset has no column colour");
  });
});
