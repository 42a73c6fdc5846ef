import { describe, expect, it } from "vitest";
import { alertTypeOptions, emptyRaiseAlertValues, endAlertBody, raiseAlertInput } from "./alert-forms.ts";

const target = { targetType: "person" as const, targetId: "6f1c1c7e-8d4b-4a43-9a53-1f0a5e3b2c11" };

describe("the raise-an-alert form", () => {
  it("offers a blank choice first, then every type with its code", () => {
    expect(alertTypeOptions[0]).toEqual({ value: "", label: "Choose a type" });
    expect(alertTypeOptions).toContainEqual({ value: "CV", label: "No lone visits (CV)" });
  });

  it("names every missing field, linked to its first input", () => {
    const { errors } = raiseAlertInput(target, emptyRaiseAlertValues);
    expect(errors.map((e) => e.targetId)).toEqual(["alert-type", "alert-description", "alert-start-date-day"]);
  });

  it("says which box of a half-typed date is missing, and refuses an end before the start", () => {
    const values = {
      alertCode: "VA",
      description: "Threatened a caretaker",
      startDate: { day: "3", month: "", year: "2026" },
      endDate: emptyRaiseAlertValues.endDate,
    };
    expect(raiseAlertInput(target, values).errors).toEqual([
      { targetId: "alert-start-date-day", message: "The start date must include a month" },
    ]);
    const backwards = raiseAlertInput(target, {
      ...values,
      startDate: { day: "3", month: "6", year: "2026" },
      endDate: { day: "2", month: "6", year: "2026" },
    });
    expect(backwards.errors).toEqual([
      { targetId: "alert-end-date-day", message: "The end date cannot be before the start date" },
    ]);
  });

  it("makes the API's input from what was typed", () => {
    const checked = raiseAlertInput(target, {
      alertCode: "DOG",
      description: "Large dog, keep the gate shut",
      startDate: { day: "1", month: "2", year: "2026" },
      endDate: emptyRaiseAlertValues.endDate,
    });
    expect(checked.input).toEqual({
      ...target,
      alertCode: "DOG",
      description: "Large dog, keep the gate shut",
      startDate: "2026-02-01",
    });
  });
});

describe("the end-alert form", () => {
  it("needs an end date and keeps an optional reason", () => {
    expect(endAlertBody({ endDate: { day: "", month: "", year: "" }, endReason: "" }).errors).toEqual([
      expect.objectContaining({ targetId: "end-alert-date-day" }),
    ]);
    expect(endAlertBody({ endDate: { day: "4", month: "12", year: "2026" }, endReason: "Moved away" }).input).toEqual({
      endDate: "2026-12-04",
      endReason: "Moved away",
    });
  });
});
