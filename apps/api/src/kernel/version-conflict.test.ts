import { describe, expect, it } from "vitest";
import { AppError } from "./app-error.ts";
import { expectVersion, foundAtVersion, updateIfVersion } from "./version-conflict.ts";

describe("updateIfVersion", () => {
  it("answers the next version when the guarded write went through", async () => {
    const version = await updateIfVersion("asset", 3, { write: async () => true, currentVersion: async () => 99 });
    expect(version).toBe(4);
  });

  it("answers a lost race with a Conflict naming the version read back, not a guess", async () => {
    const lost = updateIfVersion("asset", 3, { write: async () => false, currentVersion: async () => 7 });
    await expect(lost).rejects.toBeInstanceOf(AppError);
    await expect(lost).rejects.toMatchObject({
      code: "Conflict",
      details: { currentVersion: 7, yourVersion: 3 },
    });
  });
});

describe("expectVersion", () => {
  it("refuses a stale version with a Conflict naming both", () => {
    expect(() => expectVersion("tenure", 2, 1)).toThrow("you edited version 1, it is now version 2");
    expect(() => expectVersion("tenure", 2, 2)).not.toThrow();
  });
});

describe("foundAtVersion", () => {
  it("answers the record at the version the edit was made against", () => {
    expect(foundAtVersion("asset", "a1", { version: 2 }, 2)).toEqual({ version: 2 });
  });

  it("refuses a missing record with NotFound before looking at versions", () => {
    expect(() => foundAtVersion("asset", "a1", null, 2)).toThrow("No asset has the id a1");
  });

  it("refuses a stale version with a Conflict", () => {
    expect(() => foundAtVersion("asset", "a1", { version: 3 }, 2)).toThrow("you edited version 2, it is now version 3");
  });
});
