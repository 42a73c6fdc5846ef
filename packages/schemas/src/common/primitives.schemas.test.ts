import { describe, expect, it } from "vitest";
import { ZId, ZPageInput, ZVersion, ZVersionOrZero, idField, versionedChange } from "./primitives.schemas.ts";

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("ids", () => {
  it("take a UUID and refuse anything else with the field's message", () => {
    expect(ZId.parse("6d1f4e0a-0000-4000-8000-000000000001")).toBe("6d1f4e0a-0000-4000-8000-000000000001");
    expect(issuesOf(ZId.safeParse("42"))).toEqual([": The id must be a UUID"]);
    expect(issuesOf(idField("Enter a tenure id").safeParse(undefined))).toEqual([": Enter a tenure id"]);
  });
});

describe("versions", () => {
  it("read the version last seen from a number or a header's text; 0 only for a record not saved yet", () => {
    expect(ZVersion.parse("3")).toBe(3);
    expect(issuesOf(ZVersion.safeParse(0))).toEqual([": Send the version you last saw"]);
    expect(ZVersionOrZero.parse(0)).toBe(0);
    expect(issuesOf(ZVersionOrZero.safeParse(-1))).toEqual([": Send the version you last saw"]);
  });

  it("make an update's body: the id, the version and only the changes", () => {
    const ZUpdate = versionedChange(ZPageInput.pick({ page: true }));
    expect(issuesOf(ZUpdate.safeParse({ id: "x", version: 0, data: {}, extra: 1 }))).toEqual([
      "id: The id must be a UUID",
      "version: Send the version you last saw",
      ': Unrecognized key: "extra"',
    ]);
  });
});

describe("pages", () => {
  it("default to the first page of 12 and bound the page size, saying how", () => {
    expect(ZPageInput.parse({})).toEqual({ page: 1, pageSize: 12 });
    expect(issuesOf(ZPageInput.safeParse({ page: "0", pageSize: "0" }))).toEqual([
      "page: Page starts at 1",
      "pageSize: Show at least 1 result",
    ]);
    expect(issuesOf(ZPageInput.safeParse({ page: 10_001, pageSize: 101 }))).toEqual([
      "page: Page must be 10000 or lower: narrow the search, or read every match with the cursor",
      "pageSize: Show at most 100 results a page",
    ]);
  });
});
