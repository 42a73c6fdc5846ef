import { contactSubTypes } from "@housing/schemas/contact-details";
import { describe, expect, it } from "vitest";
import { formatPhoneNumber, subTypeLabels, subTypeOptionsFor } from "./contact-detail-labels.ts";

describe("sub-type labels", () => {
  it("every sub-type has a label in words staff use", () => {
    for (const subType of contactSubTypes) expect(subTypeLabels[subType]).toMatch(/^[A-Z][a-z ]+$/);
    expect(subTypeLabels.emergencyContact).toBe("Emergency contact");
    expect(subTypeLabels.socialWorker).toBe("Social worker");
    expect(subTypeLabels.correspondenceAddress).toBe("Correspondence address");
  });

  it("a phone is offered only phone sub-types, an address only address sub-types", () => {
    const phone = subTypeOptionsFor("phone").map((option) => option.value);
    expect(phone).toContain("mobile");
    expect(phone).toContain("emergencyContact");
    expect(phone).not.toContain("correspondenceAddress");
    expect(subTypeOptionsFor("address").map((option) => option.label)).toEqual([
      "Correspondence address",
      "Forwarding address",
    ]);
  });

  it("an email address is never offered as a mobile, a landline or a main number", () => {
    const email = subTypeOptionsFor("email").map((option) => option.value);
    expect(email).not.toContain("mobile");
    expect(email).not.toContain("landline");
    expect(email).not.toContain("mainNumber");
    expect(email).toContain("work");
  });
});

describe("formatPhoneNumber", () => {
  it.each([
    ["+447700900123", "07700 900123"],
    ["+442079460123", "020 7946 0123"],
    ["+441134960123", "0113 496 0123"],
    ["+441614960123", "0161 496 0123"],
    ["+441632960123", "01632 960123"],
    ["+443001234567", "0300 123 4567"],
    ["+448001234567", "0800 123 4567"],
  ])("writes the UK number %s as %s", (stored, shown) => {
    expect(formatPhoneNumber(stored)).toBe(shown);
  });

  it("leaves other countries' numbers with their country code, as stored", () => {
    expect(formatPhoneNumber("+33123456789")).toBe("+33123456789");
  });
});
