import { describe, expect, it } from "vitest";
import { fileNameFrom } from "./file-download.ts";

describe("fileNameFrom", () => {
  it("takes the quoted file name of an attachment", () => {
    expect(fileNameFrom('attachment; filename="persons-2024-05-01.csv"', "download")).toBe("persons-2024-05-01.csv");
  });

  it("falls back when the header is missing, has no file name or an empty one", () => {
    expect(fileNameFrom(null, "download")).toBe("download");
    expect(fileNameFrom("attachment", "download")).toBe("download");
    expect(fileNameFrom('attachment; filename=" "', "download")).toBe("download");
  });
});
