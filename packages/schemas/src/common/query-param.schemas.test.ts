import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZBooleanParam, caseInsensitiveEnum, withAliases } from "./query-param.schemas.ts";

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("ZBooleanParam", () => {
  it("reads true and false in any case, as .NET clients write them, and booleans as they are", () => {
    for (const text of ["true", "True", "TRUE", "tRuE"]) expect(ZBooleanParam.parse(text), text).toBe(true);
    for (const text of ["false", "False", "FALSE"]) expect(ZBooleanParam.parse(text), text).toBe(false);
    expect(ZBooleanParam.parse(true)).toBe(true);
    expect(ZBooleanParam.parse(false)).toBe(false);
  });

  it("refuses anything else with a message saying what to send", () => {
    for (const value of ["yes", "1", "", " true", ["true", "false"], 1]) {
      expect(issuesOf(ZBooleanParam.safeParse(value)), JSON.stringify(value)).toEqual([": Use true or false"]);
    }
  });

  it("keeps its default and optional behaviour when the parameter is left out", () => {
    expect(z.object({ isDesc: ZBooleanParam.default(false) }).parse({})).toEqual({ isDesc: false });
    expect(z.object({ isActive: ZBooleanParam.optional() }).parse({})).toEqual({});
  });
});

describe("caseInsensitiveEnum", () => {
  const ZSort = caseInsensitiveEnum(["relevance", "startDate"], "Sort by relevance or startDate");

  it("answers the canonical spelling whatever the case sent", () => {
    expect(ZSort.parse("Relevance")).toBe("relevance");
    expect(ZSort.parse("STARTDATE")).toBe("startDate");
    expect(ZSort.parse("startDate")).toBe("startDate");
  });

  it("still refuses an unknown value with its own message", () => {
    expect(issuesOf(ZSort.safeParse("Surname"))).toEqual([": Sort by relevance or startDate"]);
    expect(issuesOf(ZSort.safeParse(3))).toEqual([": Sort by relevance or startDate"]);
  });
});

describe("withAliases", () => {
  const ZQuery = withAliases(
    z.object({
      page: z.coerce.number().int().min(1, "Page starts at 1").default(1),
      types: z.array(z.string()).optional(),
    }),
    { pageNumber: "page", type: "types" },
  );

  it("reads the alias as the field, and applies the field's default when neither is sent", () => {
    expect(ZQuery.parse({ pageNumber: "3" })).toEqual({ page: 3 });
    expect(ZQuery.parse({ page: "2" })).toEqual({ page: 2 });
    expect(ZQuery.parse({})).toEqual({ page: 1 });
    expect(ZQuery.parse({ type: ["Block"] })).toEqual({ page: 1, types: ["Block"] });
  });

  it("accepts both names when they agree, comparing the values read", () => {
    expect(ZQuery.parse({ page: "2", pageNumber: "02" })).toEqual({ page: 2 });
    expect(ZQuery.parse({ types: ["Block"], type: ["Block"] })).toEqual({ page: 1, types: ["Block"] });
  });

  it("refuses both names with different values, naming the field, even when one is the default", () => {
    expect(issuesOf(ZQuery.safeParse({ page: "1", pageNumber: "3" }))).toEqual([
      "page: Send page or pageNumber, not both with different values",
    ]);
    expect(issuesOf(ZQuery.safeParse({ types: ["Block"], type: ["Estate"] }))).toEqual([
      "types: Send types or type, not both with different values",
    ]);
  });

  it("validates the alias with the field's own rules", () => {
    expect(issuesOf(ZQuery.safeParse({ pageNumber: "0" }))).toEqual(["pageNumber: Page starts at 1"]);
  });

  it("keeps the object's own refinements, reported with every field error", () => {
    const ZRange = withAliases(
      z
        .object({ from: z.number(), to: z.number(), page: z.number().min(1, "Page starts at 1").default(1) })
        .refine((range) => range.to >= range.from, { path: ["to"], message: "End after the start" }),
      { pageNumber: "page" },
    );
    expect(issuesOf(ZRange.safeParse({ from: 2, to: 1, pageNumber: 0 }))).toEqual([
      "pageNumber: Page starts at 1",
      "to: End after the start",
    ]);
  });

  it("documents the alias beside the field, and the field's default", () => {
    const json = z.toJSONSchema(ZQuery, { io: "input" }) as { properties: Record<string, Record<string, unknown>> };
    expect(Object.keys(json.properties)).toEqual(["page", "types", "pageNumber", "type"]);
    expect(json.properties.page).toMatchObject({ type: "integer", default: 1 });
    expect(json.properties.pageNumber).toMatchObject({ type: "integer", description: "The same as page" });
  });
});
