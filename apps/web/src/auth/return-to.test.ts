import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPathFor } from "./return-to.ts";

describe("return after sign-in", () => {
  it("a page on this site, with its query, is where the user comes back to", () => {
    expect(safeReturnPath("/search?type=person&searchText=smith")).toBe("/search?type=person&searchText=smith");
  });

  it.each([
    ["no return address", null],
    ["another origin", "https://evil.example/"],
    ["a protocol-relative address", "//evil.example/path"],
    ["a backslash trick", "/\\evil.example"],
    ["a relative path", "search"],
    ["the sign-in page itself", "/sign-in?returnTo=%2F"],
  ])("%s goes to the home page", (_title, returnTo) => {
    expect(safeReturnPath(returnTo)).toBe("/");
  });

  it("the sign-in address carries the page to come back to, and none for the home page", () => {
    expect(signInPathFor("/search?type=asset")).toBe("/sign-in?returnTo=%2Fsearch%3Ftype%3Dasset");
    expect(signInPathFor("/")).toBe("/sign-in");
  });
});
