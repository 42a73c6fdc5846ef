import { describe, expect, it } from "vitest";
import {
  type TConsent,
  type TConsentFormValues,
  consentFormErrors,
  consentProblemsFrom,
  consentText,
  currentConsents,
  emptyConsentFormValues,
  grantInputsFromValues,
  shareableAreas,
} from "./contact-consent-form.ts";

const detailId = "018cdf9f-6df8-755f-91ae-de891ab51808";

let sequence = 0;

function consent(overrides: Partial<TConsent> = {}): TConsent {
  sequence += 1;
  return {
    id: `018cdf9f-6df8-755f-91ae-de891ab518${String(sequence).padStart(2, "0")}`,
    grantedToArea: "social-care",
    consentedBy: "the resident",
    grantedAt: "2026-11-23T10:15:00.000Z",
    grantedBy: { fullName: "Hannah Holt", emailAddress: "hannah.holt@example.org" },
    validUntil: null,
    revokedAt: null,
    ...overrides,
  };
}

function problemsOf(values: TConsentFormValues) {
  return consentProblemsFrom(consentFormErrors(grantInputsFromValues(values, detailId)), values).map((problem) => [
    problem.targetId,
    problem.message,
  ]);
}

describe("the consents a record is shared by", () => {
  it("withdrawn consents and those past their end date no longer count", () => {
    const open = consent();
    const endsToday = consent({ validUntil: "2026-11-23" });
    const ended = consent({ validUntil: "2026-11-22" });
    const withdrawn = consent({ revokedAt: "2026-11-23T11:00:00.000Z" });

    expect(currentConsents([open, endsToday, ended, withdrawn], "2026-11-23")).toEqual([open, endsToday]);
  });

  it("a record can be shared with the areas other than its owner that it is not shared with already", () => {
    const record = { sourceServiceArea: { area: "housing", isDefault: false }, consents: [] } as const;
    expect(shareableAreas(record, "2026-11-23")).toEqual(["finance", "social-care"]);

    const shared = { ...record, consents: [consent({ grantedToArea: "social-care" })] };
    expect(shareableAreas(shared, "2026-11-23")).toEqual(["finance"]);

    const sharedBefore = { ...record, consents: [consent({ revokedAt: "2026-11-01T09:00:00.000Z" })] };
    expect(shareableAreas(sharedBefore, "2026-11-23")).toEqual(["finance", "social-care"]);
  });

  it("a consent reads as who it is shared with, until when, who consented and who recorded it", () => {
    expect(consentText(consent({ validUntil: "2027-12-31" }))).toBe(
      "Shared with Social care until 31/12/2027 — consent given by the resident, recorded by Hannah Holt on 23/11/2026",
    );
    expect(consentText(consent({ grantedToArea: "finance", grantedAt: "2026-06-30T23:30:00.000Z" }))).toBe(
      "Shared with Finance — consent given by the resident, recorded by Hannah Holt on 01/07/2026",
    );
  });
});

describe("the share form", () => {
  it("asks for one grant per ticked area, the end date as yyyy-MM-dd", () => {
    const values: TConsentFormValues = {
      areas: ["finance", "social-care"],
      consentedBy: " the resident ",
      validUntil: { day: "31", month: "12", year: "2099" },
    };

    expect(grantInputsFromValues(values, detailId)).toEqual([
      { contactDetailId: detailId, grantedToArea: "finance", consentedBy: " the resident ", validUntil: "2099-12-31" },
      {
        contactDetailId: detailId,
        grantedToArea: "social-care",
        consentedBy: " the resident ",
        validUntil: "2099-12-31",
      },
    ]);
    expect(consentFormErrors(grantInputsFromValues(values, detailId))).toEqual([]);
  });

  it("consent with no end date is sent without one", () => {
    const values: TConsentFormValues = {
      ...emptyConsentFormValues,
      areas: ["social-care"],
      consentedBy: "the resident",
    };

    expect(grantInputsFromValues(values, detailId)).toEqual([
      { contactDetailId: detailId, grantedToArea: "social-care", consentedBy: "the resident", validUntil: undefined },
    ]);
  });

  it("an empty form asks for the areas and who consented, in page order, each linked to its box", () => {
    expect(problemsOf(emptyConsentFormValues)).toEqual([
      ["consent-areas", "Select which service areas to share it with"],
      ["consent-consentedBy", "Enter who gave consent"],
    ]);
  });

  it("an end date in the past or not on the calendar is refused in the schema's words", () => {
    const values: TConsentFormValues = {
      areas: ["social-care"],
      consentedBy: "the resident",
      validUntil: { day: "1", month: "1", year: "2020" },
    };
    expect(problemsOf(values)).toEqual([["consent-validUntil-day", "The date consent ends cannot be in the past"]]);

    expect(problemsOf({ ...values, validUntil: { day: "30", month: "2", year: "2099" } })).toEqual([
      ["consent-validUntil-day", "Enter the date consent ends as a real date"],
    ]);
  });

  it("a half-filled end date says which box is missing and links to it", () => {
    const values: TConsentFormValues = {
      areas: ["social-care", "finance"],
      consentedBy: "the resident",
      validUntil: { day: "31", month: "", year: "" },
    };

    expect(problemsOf(values)).toEqual([
      ["consent-validUntil-month", "The date consent ends must include a month and year"],
    ]);
  });

  it("the API's field errors land on the form's fields; others stay in the summary", () => {
    const values: TConsentFormValues = { ...emptyConsentFormValues, areas: ["finance"], consentedBy: "x" };
    const problems = consentProblemsFrom(
      [
        { path: "grantedToArea", message: "Choose another service area" },
        { path: "consentedBy", message: "Who gave consent must be 200 characters or fewer" },
        { path: "contactDetailId", message: "The id must be a UUID" },
      ],
      values,
    );

    expect(problems).toEqual([
      { field: "areas", targetId: "consent-areas", message: "Choose another service area" },
      {
        field: "consentedBy",
        targetId: "consent-consentedBy",
        message: "Who gave consent must be 200 characters or fewer",
      },
      { field: undefined, targetId: undefined, message: "The id must be a UUID" },
    ]);
  });
});
