import { ZCreatePersonInput } from "@housing/schemas/person";
import { describe, expect, it } from "vitest";
import { datePartsFromIsoDate, incompleteDateMessage, isoDateFromParts, missingDateParts } from "./date-parts.ts";

describe("the three boxes of a date input", () => {
  it("a complete date is padded into yyyy-MM-dd", () => {
    expect(isoDateFromParts({ day: "3", month: "7", year: "1985" })).toBe("1985-07-03");
    expect(isoDateFromParts({ day: " 14 ", month: "03", year: "2001 " })).toBe("2001-03-14");
  });

  it("three empty boxes are no date at all", () => {
    expect(isoDateFromParts({ day: "", month: " ", year: "" })).toBeUndefined();
  });

  it("an impossible date is passed on for the shared schema to refuse", () => {
    expect(isoDateFromParts({ day: "31", month: "2", year: "2020" })).toBe("2020-02-31");
    expect(isoDateFromParts({ day: "1", month: "May", year: "2020" })).toBe("2000-02-30");
    expect(isoDateFromParts({ day: "1", month: "5", year: "85" })).toBe("2000-02-30");
    expect(isoDateFromParts({ day: "1", month: "", year: "1985" })).toBe("2000-02-30");
    const issues = (dateOfBirth: string | undefined) =>
      ZCreatePersonInput.safeParse({
        firstName: "A",
        surname: "B",
        reason: "r",
        personTypes: ["Tenant"],
        title: "Mr",
        dateOfBirth,
      })
        .error?.issues.filter((issue) => issue.path[0] === "dateOfBirth")
        .map((issue) => issue.message);
    expect(issues(isoDateFromParts({ day: "31", month: "2", year: "2020" }))).toEqual([
      "Enter a date of birth as a real date",
    ]);
    expect(issues(isoDateFromParts({ day: "x", month: "2", year: "2020" }))).toEqual([
      "Enter a date of birth as a real date",
    ]);
  });

  it("a stored date fills the boxes as people type them", () => {
    expect(datePartsFromIsoDate("1985-07-03")).toEqual({ day: "3", month: "7", year: "1985" });
    expect(datePartsFromIsoDate(null)).toEqual({ day: "", month: "", year: "" });
  });

  it("a half-filled date names the boxes still to fill", () => {
    expect(missingDateParts({ day: "3", month: "", year: "" })).toEqual(["month", "year"]);
    expect(incompleteDateMessage("Date of birth", { day: "3", month: "", year: "" })).toBe(
      "Date of birth must include a month and year",
    );
    expect(incompleteDateMessage("Date of birth", { day: "", month: "4", year: "1990" })).toBe(
      "Date of birth must include a day",
    );
    expect(incompleteDateMessage("Date of birth", { day: "", month: "", year: "" })).toBeUndefined();
    expect(incompleteDateMessage("Date of birth", { day: "1", month: "4", year: "1990" })).toBeUndefined();
  });
});
