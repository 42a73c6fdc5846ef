import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactSubType, TContactType } from "@housing/schemas/contact-details";
import { describe, expect, it } from "vitest";
import {
  type TContactDetailView,
  addBlockedReason,
  areasAtLimit,
  displayValue,
  groupActive,
  historicDetails,
  validDatesText,
} from "./contact-details-view.ts";

let sequence = 0;

function detail(
  overrides: {
    contactType?: TContactType;
    subType?: TContactSubType;
    value?: string;
    area?: TServiceArea;
    isDefault?: boolean;
    isActive?: boolean;
    isOwnedByCaller?: boolean;
    createdAt?: string;
    endedAt?: string | null;
    recordValidUntil?: string | null;
  } = {},
): TContactDetailView {
  sequence += 1;
  return {
    id: `detail-${sequence}`,
    contactInformation: {
      contactType: overrides.contactType ?? "phone",
      subType: overrides.subType ?? "mobile",
      value: overrides.value ?? `+4477009001${String(sequence).padStart(2, "0")}`,
      description: null,
      addressExtended: null,
    },
    sourceServiceArea: { area: overrides.area ?? "housing", isDefault: overrides.isDefault ?? false },
    recordValidUntil: overrides.recordValidUntil ?? null,
    isActive: overrides.isActive ?? true,
    endedAt: overrides.endedAt ?? null,
    isOwnedByCaller: overrides.isOwnedByCaller ?? true,
    createdBy: { createdAt: overrides.createdAt ?? "2024-03-14T10:00:00.000Z" },
  };
}

describe("grouping and order", () => {
  it("active records are grouped phones, emails, addresses, and historic ones left out", () => {
    const phone = detail();
    const email = detail({ contactType: "email", subType: "home", value: "a@example.org" });
    const address = detail({ contactType: "address", subType: "correspondenceAddress", value: "1 High St, E8 1DY" });
    const old = detail({ isActive: false, endedAt: "2024-05-01T10:00:00.000Z" });

    const groups = groupActive([address, old, email, phone]);

    expect(groups.map((group) => [group.contactType, group.details.map((d) => d.id)])).toEqual([
      ["phone", [phone.id]],
      ["email", [email.id]],
      ["address", [address.id]],
    ]);
  });

  it("within a group the default comes first, then the officer's own records, then the newest", () => {
    const older = detail({ createdAt: "2023-01-01T10:00:00.000Z" });
    const newer = detail({ createdAt: "2024-01-01T10:00:00.000Z" });
    const shared = detail({ area: "social-care", isOwnedByCaller: false, createdAt: "2025-01-01T10:00:00.000Z" });
    const theDefault = detail({ isDefault: true, createdAt: "2020-01-01T10:00:00.000Z" });

    const [phones] = groupActive([older, shared, newer, theDefault]);

    expect(phones?.details.map((d) => d.id)).toEqual([theDefault.id, newer.id, older.id, shared.id]);
  });

  it("historic records come most recently ended first", () => {
    const endedLongAgo = detail({ isActive: false, endedAt: "2022-06-01T10:00:00.000Z" });
    const ranOut = detail({ isActive: false, recordValidUntil: "2024-02-01" });
    const endedRecently = detail({ isActive: false, endedAt: "2025-01-10T10:00:00.000Z" });

    expect(historicDetails([endedLongAgo, detail(), ranOut, endedRecently]).map((d) => d.id)).toEqual([
      endedRecently.id,
      ranOut.id,
      endedLongAgo.id,
    ]);
  });

  it("a phone number is named as people write it, an email or address as stored", () => {
    expect(displayValue(detail({ value: "+447700900123" }))).toBe("07700 900123");
    expect(displayValue(detail({ contactType: "email", value: "a@example.org" }))).toBe("a@example.org");
  });
});

describe("validDatesText", () => {
  it("a record marked historic was used from when it was added to when it was ended, in London dates", () => {
    const ended = detail({
      isActive: false,
      createdAt: "2023-06-14T23:30:00.000Z",
      endedAt: "2024-05-02T09:00:00.000Z",
    });
    expect(validDatesText(ended)).toBe("From 15/06/2023 to 02/05/2024");
  });

  it("a record that ran out says until when it was valid", () => {
    const ranOut = detail({ isActive: false, recordValidUntil: "2025-02-01" });
    expect(validDatesText(ranOut)).toBe("From 14/03/2024, valid until 01/02/2025");
  });

  it("a record ended after it had already run out says when it ran out", () => {
    const both = detail({ isActive: false, recordValidUntil: "2025-02-01", endedAt: "2025-06-01T10:00:00.000Z" });
    expect(validDatesText(both)).toBe("From 14/03/2024, valid until 01/02/2025");
  });

  it("a current record says nothing unless it has a valid-until date", () => {
    expect(validDatesText(detail())).toBeUndefined();
    expect(validDatesText(detail({ recordValidUntil: "2030-01-31" }))).toBe("Valid until 31/01/2030");
  });
});

describe("the limit of active records", () => {
  const fivePhones = (area: TServiceArea) => Array.from({ length: 5 }, () => detail({ area }));

  it("is reached with five active phone numbers in the officer's area, and the reason says what to do", () => {
    const details = fivePhones("housing");

    expect(areasAtLimit(details, "phone", ["housing"])).toEqual(["housing"]);
    expect(addBlockedReason(details, "phone", ["housing"])).toBe(
      "You can have up to 5 active phone numbers for housing — mark one as historic to add another",
    );
  });

  it("counts neither historic records nor another area's", () => {
    const details = [
      ...fivePhones("housing").slice(0, 4),
      detail({ isActive: false, endedAt: "2024-01-01T10:00:00.000Z" }),
      ...fivePhones("social-care").map((d) => ({ ...d, isOwnedByCaller: false })),
    ];

    expect(addBlockedReason(details, "phone", ["housing"])).toBeUndefined();
  });

  it("does not block an officer who can still add for another of their areas", () => {
    const details = fivePhones("housing");

    expect(areasAtLimit(details, "phone", ["housing", "finance"])).toEqual(["housing"]);
    expect(addBlockedReason(details, "phone", ["housing", "finance"])).toBeUndefined();
    expect(addBlockedReason([...details, ...fivePhones("finance")], "phone", ["housing", "finance"])).toBe(
      "You can have up to 5 active phone numbers for each of housing and finance — mark one as historic to add another",
    );
  });

  it("counts phones and emails apart, and never limits addresses", () => {
    const details = fivePhones("housing");
    const addresses = Array.from({ length: 6 }, () =>
      detail({ contactType: "address", subType: "correspondenceAddress" }),
    );

    expect(addBlockedReason(details, "email", ["housing"])).toBeUndefined();
    expect(addBlockedReason(addresses, "address", ["housing"])).toBeUndefined();
  });
});
