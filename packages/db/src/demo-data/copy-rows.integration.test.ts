import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database.ts";
import { testDatabaseTarget } from "../testing/test-database-target.ts";
import { copyRun, toCopyRuns } from "./copy-rows.ts";
import { describeTable } from "./insert-rows.ts";

// Each type's values as callers hand them over: the binary form written for each must read back
// as PostgreSQL reads the same value given as text (the text COPY it replaced).
const cases: { type: string; values: unknown[] }[] = [
  {
    type: "numeric(12,2)",
    values: ["-113.69", "0.00", "-0", 0, 12.5, 0.1 + 0.2, "1234567890.12", "+7", ".5", "5.", 1e-7, 2.5e3, "0.005"],
  },
  { type: "numeric", values: ["123456789.000100", "-0.00001", 1e21, 1.5e-7, "10000", "9999.9999"] },
  { type: "integer", values: [0, -2147483648, 2147483647, "42", "-7"] },
  { type: "bigint", values: [0, 9007199254740991, -9007199254740991, 2n ** 40n] },
  { type: "smallint", values: [-32768, 32767] },
  { type: "boolean", values: [true, false] },
  { type: "date", values: [new Date("2025-06-30T00:00:00Z"), "1980-02-29", "1999-12-31", "1900-01-01", "2099-12-31"] },
  {
    type: "timestamp(3) with time zone",
    values: [new Date("2026-01-02T03:04:05.678Z"), "2024-02-29T23:59:59.999+01:00", new Date("1970-01-01T00:00:00Z")],
  },
  {
    type: "uuid",
    values: [
      "018d05cc-e974-72af-a64f-ac17f5dfc283",
      "018D05CCE97472AFA64FAC17F5DFC283",
      "{018d05cc-e974-72af-a64f-ac17f5dfc283}",
    ],
  },
  { type: "text", values: ["", "Tab\there", "Back\\slash \\N", "Zoë Ñúñez 👩🏽‍⚕️", "x".repeat(70) + "é", 42] },
  { type: "character varying(36)", values: ["short"] },
  { type: '"copy_case_status"', values: ["Active", "Closed"] },
  { type: "text[]", values: [[], ["a", "b c", 'say "hi"', "{x}"], ["one", null]] },
  { type: '"copy_case_status"[]', values: [[], ["Closed", "Active"]] },
  { type: "jsonb", values: [{ id: "someone", n: 1.5, list: [1, null] }, [], "a string", 0] },
];

describe("rows in COPY's binary format", () => {
  let database: TestDatabase;
  let client: pg.Client;
  const onServer = testDatabaseTarget().kind === "server";
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TYPE copy_case_status AS ENUM ('Active', 'Closed')`);
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.runIf(onServer)("read back as PostgreSQL reads each value as text, for every type loaded", async () => {
    for (const [index, { type, values }] of cases.entries()) {
      const table = `copy_case_${index}`;
      await client.query(`CREATE TABLE ${table} (n integer NOT NULL, v ${type})`);
      const columns = await describeTable(
        { query: async (sql, params) => (await client.query(sql, [...params])).rows },
        table,
      );
      for (const run of toCopyRuns(
        table,
        columns,
        values.map((v, n) => ({ n, v })),
      ))
        await copyRun(client, run);
      const copied = await client.query<{ v: string }>(`SELECT v::text FROM ${table} ORDER BY n`);
      const expected: (string | null)[] = [];
      for (const value of values) {
        // What text COPY was given: Dates as ISO text, arrays as literals, JSON as JSON, the rest as strings.
        const text =
          type === "jsonb"
            ? JSON.stringify(value)
            : Array.isArray(value)
              ? `{${value.map((e) => (e === null ? "NULL" : `"${String(e).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`
              : value instanceof Date
                ? value.toISOString()
                : String(value);
        expected.push(
          (await client.query<{ v: string }>(`SELECT ($1::${type})::text AS v`, [text])).rows[0]?.v ?? null,
        );
      }
      expect({ type, values: copied.rows.map((row) => row.v) }).toEqual({ type, values: expected });
    }
  });

  it("refuses values of the wrong kind before anything is sent", async () => {
    await client.query(`CREATE TABLE copy_refusals (n integer, d date, u uuid, a numeric, b bigint)`);
    const columns = await describeTable(
      { query: async (sql, params) => (await client.query(sql, [...params])).rows },
      "copy_refusals",
    );
    for (const [row, message] of [
      [{ n: 1.5 }, "Not a 32-bit integer: 1.5"],
      [{ n: 2 ** 31 }, "Not a 32-bit integer: 2147483648"],
      [{ n: "" }, "Not a 32-bit integer: "],
      [{ b: 2n ** 63n }, "Not a 64-bit integer"],
      [{ d: "2025-02-30" }, "Not a date: 2025-02-30"],
      [{ d: "30/06/2025" }, "Not a date"],
      [{ d: new Date(Number.NaN) }, "Not a date"],
      [{ u: "018d05cc-e974-72af-a64f-ac17f5dfc28" }, "Not a UUID"],
      [{ u: "018d05cc-e974-72af-a64f-ac17f5dfc283x" }, "Not a UUID"],
      [{ a: "12,5" }, "Not a number: 12,5"],
      [{ a: "NaN" }, "Not a number"],
      [{ a: "-" }, "Not a number"],
    ] as const) {
      expect(() => toCopyRuns("copy_refusals", columns, [row]), String(Object.values(row)[0])).toThrow(message);
    }
  });
});
