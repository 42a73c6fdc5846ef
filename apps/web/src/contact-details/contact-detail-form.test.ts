import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { ZCreateContactDetailInput } from "@housing/schemas/contact-details";
import { describe, expect, it } from "vitest";
import {
  type TContactFormValues,
  createInputFromValues,
  emptyContactFormValues,
  formOnlyErrors,
  problemsFrom,
} from "./contact-detail-form.ts";

const personId = "018cdf9f-6df8-755f-91ae-de891ab51808";

function problemsOf(values: TContactFormValues) {
  const parsed = ZCreateContactDetailInput.safeParse(createInputFromValues(values, personId));
  const errors = [...formOnlyErrors(values), ...(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues))];
  return problemsFrom(errors, values);
}

describe("the add contact detail form", () => {
  it("a phone number with who it belongs to in it is refused next to the number", () => {
    const values = {
      ...emptyContactFormValues("phone", "housing"),
      subType: "mobile",
      value: "0791121212121 - Daughter",
    } as const;

    expect(problemsOf(values)).toEqual([
      {
        field: "value",
        targetId: "contact-value",
        message: "Enter a phone number using digits only; put who it belongs to in the sub-type and description",
      },
    ]);
  });

  it("an empty form asks for the type and the number, in page order", () => {
    expect(problemsOf(emptyContactFormValues("phone", "housing")).map((p) => [p.targetId, p.message])).toEqual([
      ["contact-subType", "Select the type of phone number"],
      ["contact-value", "Enter a phone number"],
    ]);
  });

  it("a number said to be outside the UK needs its country code", () => {
    const values = {
      ...emptyContactFormValues("phone", "housing"),
      subType: "relative",
      value: "01 23 45 67 89",
      isNotUkNumber: true,
    } as const;

    expect(problemsOf(values)[0]?.message).toBe(
      "Enter the number with its country code, starting with +, like +33 1 23 45 67 89",
    );
    expect(problemsOf({ ...values, value: "+33 1 23 45 67 89" })).toEqual([]);
  });

  it("an officer with several areas must choose one", () => {
    const values = { ...emptyContactFormValues("email", ""), subType: "work", value: "a@example.org" } as const;

    expect(problemsOf(values)).toEqual([
      { field: "area", targetId: "contact-area", message: "Select which service area is recording this" },
    ]);
  });

  it("an address not yet picked from the lookup says to find it or enter it manually", () => {
    const values = { ...emptyContactFormValues("address", "housing"), subType: "correspondenceAddress" } as const;

    expect(problemsOf(values)).toEqual([
      {
        field: "lookupPostcode",
        targetId: "contact-lookupPostcode",
        message: "Enter a postcode and find the address, or enter the address manually",
      },
    ]);
  });

  it("a picked address is sent with its UPRN; a manual one is checked line by line", () => {
    const picked = {
      ...emptyContactFormValues("address", "housing"),
      subType: "correspondenceAddress",
      uprn: "100002929452",
      addressLine1: "11 Allerton Road",
      addressLine2: "London",
      postCode: "N16 6LH",
    } as const;
    expect(createInputFromValues(picked, personId).contactInformation.addressExtended).toMatchObject({
      uprn: "100002929452",
      addressLine1: "11 Allerton Road",
      isOverseasAddress: false,
    });
    expect(problemsOf(picked)).toEqual([]);

    const manual = { ...picked, addressEntry: "manual", uprn: "", addressLine1: "", postCode: "E8" } as const;
    expect(problemsOf(manual).map((p) => [p.targetId, p.message])).toEqual([
      ["contact-addressLine1", "Enter the first line of the address"],
      ["contact-postCode", "Enter a real UK postcode, like E8 1DY"],
    ]);
  });

  it("an address abroad needs its text and its country", () => {
    const values = {
      ...emptyContactFormValues("address", "housing"),
      subType: "forwardingAddress",
      addressLocation: "overseas",
    } as const;

    expect(problemsOf(values).map((p) => p.targetId)).toEqual(["contact-overseasAddress", "contact-country"]);
  });

  it("a server error about a field is shown at that field; one about no field only in the summary", () => {
    const values = { ...emptyContactFormValues("phone", "housing"), subType: "mobile", value: "07700 900123" } as const;

    expect(
      problemsFrom(
        [
          { path: "contactInformation.value", message: "There can be at most 5 active phone numbers" },
          { path: "targetId", message: "No person has this id" },
        ],
        values,
      ),
    ).toEqual([
      { field: "value", targetId: "contact-value", message: "There can be at most 5 active phone numbers" },
      { field: undefined, targetId: undefined, message: "No person has this id" },
    ]);
  });
});
