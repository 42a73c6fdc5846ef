import { describe, expect, it } from "vitest";
import { toCopyRuns, type CopyRun } from "./copy-rows.ts";
import type { Column } from "./insert-rows.ts";

const column = (
  name: string,
  type: string,
  send: string,
  notNull = false,
  defaultExpression: string | null = null,
): Column => ({ name, type, send, elementSend: null, elementTypeId: 0, notNull, defaultExpression });
const ACTIVE = Buffer.from("Active");
const columns = new Map(
  [
    column("id", "uuid", "uuid_send", true),
    column("name", "text", "textsend", true),
    { ...column("tags", "text[]", "array_send"), elementSend: "textsend", elementTypeId: 25 },
    column("day", "date", "date_send"),
    column("at", "timestamp(3) with time zone", "timestamptz_send"),
    column("isVoid", "boolean", "boolsend", true, "false"),
    column("createdBy", "jsonb", "jsonb_send", true),
    column("amount", "numeric(12,2)", "numeric_send"),
    column("count", "integer", "int4send"),
    {
      ...column("status", '"RentAccountStatus"', "enum_send", true, `'Active'::"RentAccountStatus"`),
      constantDefault: ACTIVE,
    },
  ].map((c) => [c.name, c]),
);
const actor = { id: "demo", name: "Demo" };

/** Reads a run back: each row's fields, as their bytes, or null. */
function rowsOf(run: CopyRun | undefined): (Buffer | null)[][] {
  const data = Buffer.concat(run?.data ?? []);
  expect(data.subarray(0, 11).toString("latin1")).toBe("PGCOPY\n\xff\r\n\0");
  let at = 19; // signature, flags and header extension length
  const rows: (Buffer | null)[][] = [];
  for (let count = data.readInt16BE(at); count !== -1; count = data.readInt16BE(at)) {
    at += 2;
    const fields: (Buffer | null)[] = [];
    for (let f = 0; f < count; f++) {
      const length = data.readInt32BE(at);
      at += 4;
      fields.push(length < 0 ? null : data.subarray(at, at + length));
      at += Math.max(length, 0);
    }
    rows.push(fields);
  }
  expect(at + 2).toBe(data.length);
  return rows;
}

const texts = (run: CopyRun | undefined) =>
  rowsOf(run).map((row) => row.map((field) => field?.toString("utf8") ?? null));

/** A binary numeric's parts: digit count, weight, sign, scale and base-10,000 digits. */
function numericOf(field: Buffer | null | undefined) {
  if (!field) throw new Error("no numeric");
  const words = Array.from({ length: field.length / 2 }, (_, i) => field.readInt16BE(i * 2));
  const [count, weight, sign, scale, ...digits] = words;
  expect(digits).toHaveLength(count ?? -1);
  return { weight, negative: sign === 0x4000, scale, digits };
}

describe("rows in COPY's binary format", () => {
  it("writes each value in its type's binary form: text as it is, with nothing escaped", () => {
    const [run] = toCopyRuns("Asset", columns, [
      {
        id: "018d05cc-e974-72af-a64f-ac17f5dfc283",
        name: "Back\\slash\tand\nlines",
        tags: ['say "hi"', "plain"],
        day: new Date("2025-06-30T00:00:00Z"),
        at: new Date("2025-06-30T10:00:00Z"),
        isVoid: true,
        createdBy: { id: "someone" },
        amount: "-113.69",
        count: -2,
      },
    ]);
    expect(run?.columns).toEqual(["id", "name", "tags", "day", "at", "isVoid", "createdBy", "amount", "count"]);
    const [[id, name, tags, day, at, isVoid, createdBy, amount, count] = []] = rowsOf(run);
    expect(id?.toString("hex")).toBe("018d05cce97472afa64fac17f5dfc283");
    expect(name?.toString("utf8")).toBe("Back\\slash\tand\nlines");
    // One dimension, no nulls, text's oid (25), 2 elements from index 1, then each with its length.
    expect(tags?.toString("hex")).toBe(
      ["00000001", "00000000", "00000019", "00000002", "00000001"].join("") +
        `00000008${Buffer.from('say "hi"').toString("hex")}00000005${Buffer.from("plain").toString("hex")}`,
    );
    // Days and microseconds since 2000-01-01.
    expect(day?.readInt32BE(0)).toBe(9_312);
    expect(at?.readBigInt64BE(0)).toBe(804_592_800_000_000n);
    expect(isVoid?.toString("hex")).toBe("01");
    expect(createdBy?.[0]).toBe(1); // jsonb's format version
    expect(createdBy?.subarray(1).toString("utf8")).toBe('{"id":"someone"}');
    expect(numericOf(amount)).toEqual({ weight: 0, negative: true, scale: 2, digits: [113, 6900] });
    expect(count?.readInt32BE(0)).toBe(-2);
  });

  it("writes decimals as base-10,000 digits around the point, whatever way they are written", () => {
    const amounts = ["12345.6", "0.00", ".5", 1e21, 1.5e-7, 12.5];
    const [run] = toCopyRuns(
      "Asset",
      columns,
      amounts.map((amount, i) => ({ id: `018d05cc-e974-72af-a64f-ac17f5dfc28${i}`, amount })),
    );
    expect(rowsOf(run).map(([, amount]) => numericOf(amount))).toEqual([
      { weight: 1, negative: false, scale: 1, digits: [1, 2345, 6000] },
      { weight: 0, negative: false, scale: 2, digits: [0, 0] },
      { weight: -1, negative: false, scale: 1, digits: [5000] },
      { weight: 5, negative: false, scale: 0, digits: [10, 0, 0, 0, 0, 0] },
      // 0.00000015: a leading zero digit, which PostgreSQL drops as it reads
      { weight: 0, negative: false, scale: 8, digits: [0, 0, 15] },
      { weight: 0, negative: false, scale: 1, digits: [12, 5000] },
    ]);
  });

  it("writes the same value again from the bytes of the row before, and a changed one anew", () => {
    const day = (text: string) => new Date(`${text}T00:00:00Z`);
    const [run] = toCopyRuns(
      "Asset",
      columns,
      ["2025-06-30", "2025-06-30", "2025-07-01", "2025-06-30"].map((text, i) => ({
        id: `${i}`.padStart(32, "0"),
        day: day(text),
      })),
    );
    expect(rowsOf(run).map(([, field]) => field?.readInt32BE(0))).toEqual([9_312, 9_312, 9_313, 9_312]);
  });

  it("writes a missing value as NULL, but leaves a NOT NULL column with a default to the database, keeping the rows' order", () => {
    const runs = toCopyRuns("Asset", columns, [
      { id: "a".repeat(32), name: "Estate", isVoid: undefined, tags: null },
      { id: "b".repeat(32), name: "Block", isVoid: true, tags: null },
      { id: "c".repeat(32), name: "Flat", isVoid: false, tags: null },
      { id: "d".repeat(32), name: "Other estate", tags: null },
    ]);
    expect(runs.map((run) => [run.columns, texts(run).map(([, ...rest]) => rest)])).toEqual([
      [["id", "name", "tags"], [["Estate", null]]],
      [
        ["id", "name", "isVoid", "tags"],
        [
          ["Block", "\x01", null],
          ["Flat", "\x00", null],
        ],
      ],
      [["id", "name", "tags"], [["Other estate", null]]],
    ]);
  });

  it("leaves out a column whose value is the very object its load-time default holds, and only that object", () => {
    const runs = toCopyRuns(
      "Asset",
      columns,
      [
        { id: "a".repeat(32), name: "x", createdBy: actor },
        { id: "b".repeat(32), name: "y", createdBy: { ...actor } },
      ],
      new Map([["createdBy", actor]]),
    );
    expect(runs.map((run) => [run.columns, texts(run).map(([, ...rest]) => rest)])).toEqual([
      [["id", "name"], [["x"]]],
      [["id", "name", "createdBy"], [["y", '\x01{"id":"demo","name":"Demo"}']]],
    ]);
  });

  it("writes a constant default itself, so rows without the value stay in one run", () => {
    const runs = toCopyRuns("Asset", columns, [
      { id: "a".repeat(32), name: "x", status: "Closed" },
      { id: "b".repeat(32), name: "y" },
      { id: "c".repeat(32), name: "z", status: null },
    ]);
    expect(runs.map((run) => [run.columns, texts(run).map(([, ...rest]) => rest)])).toEqual([
      [
        ["id", "name", "status"],
        [
          ["x", "Closed"],
          ["y", "Active"],
          ["z", "Active"],
        ],
      ],
    ]);
  });

  it("writes text beyond ASCII as UTF-8, short or long, wherever in the value it starts", () => {
    const long = `${"Flat 1, ".repeat(10)}Zoë Çelik`;
    const names = ["Zoë", "Ünal", "O'Brien-Çelik 😀", "Ørsted\tHouse", long, "Plain"];
    const [run] = toCopyRuns(
      "Asset",
      columns,
      names.map((name, i) => ({ id: `${i}`.padStart(32, "0"), name })),
    );
    expect(texts(run).map(([, name]) => name)).toEqual(names);
  });

  it("spreads a large run over chunks, its bytes in order", () => {
    const name = "A name of some length, ".repeat(4);
    const rows = Array.from({ length: 40_000 }, (_, i) => ({ id: `${i}`.padStart(32, "0"), name: `${name}${i}` }));
    const [run] = toCopyRuns("Asset", columns, rows);
    expect(run?.data.length).toBeGreaterThan(3);
    expect(texts(run).map(([, text]) => text)).toEqual(rows.map((row) => row.name));
  });

  it("writes every column any row names, whatever order its keys are in and however far down the rows", () => {
    const id = (n: number) => `${n}`.padStart(32, "0");
    const rows = [
      { id: id(1), name: "a" },
      { id: id(2), name: "b" },
      { name: "c", id: id(3) },
      { id: id(4) },
      { id: id(5), name: "e", count: 5 },
      { id: id(6), name: "f" },
    ];
    const [run] = toCopyRuns("Asset", columns, rows);
    expect(run?.columns).toEqual(["id", "name", "count"]);
    expect(
      rowsOf(run).map(([, name, count]) => [name?.toString("utf8") ?? null, count?.readInt32BE(0) ?? null]),
    ).toEqual([
      ["a", null],
      ["b", null],
      ["c", null],
      [null, null],
      ["e", 5],
      ["f", null],
    ]);
  });

  it("refuses a value for a column the table does not have", () => {
    expect(() => toCopyRuns("Asset", columns, [{ id: "a", colour: "red" }])).toThrow("Asset has no column colour");
    expect(() => toCopyRuns("Asset", columns, [{ id: "a" }, { id: "b" }, { id: "c", colour: "red" }])).toThrow(
      "Asset has no column colour",
    );
  });

  it("refuses a type it has no binary form for, naming the type", () => {
    const vectors = new Map([["terms", column("terms", "tsvector", "tsvectorsend")]]);
    expect(() => toCopyRuns("SearchDocument", vectors, [{ terms: "a b" }])).toThrow(
      "No binary COPY form for type tsvector",
    );
  });
});
