import { describe, expect, it } from "vitest";
import { ageOn, isoDateOrDateTime } from "./date.schemas.ts";

describe("isoDateOrDateTime", () => {
  const ZStartDate = isoDateOrDateTime("the start date");

  it("takes a calendar date, or the date of an ISO 8601 date-time as written", () => {
    expect(ZStartDate.parse("2024-01-01")).toBe("2024-01-01");
    expect(ZStartDate.parse("2024-01-01T00:00:00Z")).toBe("2024-01-01");
    expect(ZStartDate.parse("2021-12-07T23:00:00+00:00")).toBe("2021-12-07");
    expect(ZStartDate.parse("2021-12-07T23:30:00.123-05:00")).toBe("2021-12-07");
    expect(ZStartDate.parse("2021-12-07T23:30:00")).toBe("2021-12-07");
  });

  it("refuses nonsense and dates that do not exist", () => {
    for (const value of [
      "yesterday",
      "2024-1-1",
      "2024-01-01T25:00:00Z",
      "2024-01-01Tnoon",
      "2023-02-30",
      "2023-02-30T00:00:00Z",
    ]) {
      expect(ZStartDate.safeParse(value).success, value).toBe(false);
    }
    expect(ZStartDate.safeParse("2023-02-30").error?.issues[0]?.message).toBe("Enter the start date as a real date");
    expect(ZStartDate.safeParse("2024-01-01 00:00").error?.issues[0]?.message).toBe(
      "Enter the start date as yyyy-mm-dd or an ISO 8601 date-time",
    );
  });
});

describe("ageOn", () => {
  it("age counts whole years, the birthday itself included", () => {
    expect(ageOn("2008-05-10", "2026-05-09")).toBe(17);
    expect(ageOn("2008-05-10", "2026-05-10")).toBe(18);
    expect(ageOn("1958-02-03", "2026-11-20")).toBe(68);
  });
});
