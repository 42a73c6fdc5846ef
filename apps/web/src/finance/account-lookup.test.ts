import { describe, expect, it } from "vitest";
import { suggestedLookUp, tenantsText } from "./account-lookup.ts";

describe("where to start looking for a payment's account", () => {
  it("by the sender's name without the title the bank put first", () => {
    expect(suggestedLookUp({ paymentReference: "I225070666", sender: { fullName: "MR J SMITH" } })).toEqual({
      lookUpType: "TenantName",
      searchText: "J SMITH",
    });
    expect(suggestedLookUp({ paymentReference: "x", sender: { fullName: "Ada Lovelace" } })).toEqual({
      lookUpType: "TenantName",
      searchText: "Ada Lovelace",
    });
  });

  it("by the reference when no name came with the payment", () => {
    expect(suggestedLookUp({ paymentReference: "REF 1225 072", sender: { fullName: null } })).toEqual({
      lookUpType: "PaymentReference",
      searchText: "REF 1225 072",
    });
    expect(suggestedLookUp({ paymentReference: "122507", sender: { fullName: " MRS " } }).lookUpType).toBe(
      "PaymentReference",
    );
  });
});

describe("an account's tenants in a line", () => {
  it("marks who is responsible and says when there is no one", () => {
    expect(
      tenantsText([
        { id: "1", fullName: "Ms Ada Lovelace", isResponsible: true },
        { id: "2", fullName: "Byron Lovelace", isResponsible: false },
      ]),
    ).toBe("Ms Ada Lovelace (responsible), Byron Lovelace");
    expect(tenantsText([])).toBe("No tenants recorded");
  });
});
