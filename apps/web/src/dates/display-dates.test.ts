import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./display-dates.ts";

describe("dates as staff read them", () => {
  it("a calendar date is dd/mm/yyyy", () => {
    expect(formatDate("1985-07-03")).toBe("03/07/1985");
  });

  it("something that is not a date is shown as it came rather than mangled", () => {
    expect(formatDate("soon")).toBe("soon");
  });

  it("an instant is shown in London time, summer time included", () => {
    expect(formatDateTime("2025-03-14T10:32:00.000Z")).toBe("14/03/2025 at 10:32");
    expect(formatDateTime("2025-07-01T23:30:00.000Z")).toBe("02/07/2025 at 00:30");
  });
});
