import type { TTransaction } from "@housing/schemas/finance";
import { type TAccountSearchDocument, lookUpTypes } from "@housing/schemas/search";

export type TLookUpType = (typeof lookUpTypes)[number];

export const lookUpTypeLabels: Record<TLookUpType, string> = {
  TenantName: "Tenant name",
  Address: "Address",
  PaymentReference: "Payment reference",
};

export const lookUpTypeHints: Record<TLookUpType, string> = {
  TenantName: "For example Smith, or J Smith",
  Address: "For example Flat 7 Essex Lodge, or a postcode such as N16 5AB",
  PaymentReference: "The rent account number or payment reference, or part of it",
};

export const lookUpTypeOptions = lookUpTypes.map((value) => ({ value, label: lookUpTypeLabels[value] }));

/** "Ms Ada Lovelace (responsible), Byron Lovelace": who holds the tenure, responsible first as the API sends them. */
export function tenantsText(tenants: TAccountSearchDocument["tenants"]): string {
  if (tenants.length === 0) return "No tenants recorded";
  return tenants.map((tenant) => `${tenant.fullName}${tenant.isResponsible ? " (responsible)" : ""}`).join(", ");
}

const bankTitles = new Set(["MR", "MRS", "MS", "MISS", "MX", "DR", "REV", "PROF"]);

/**
 * Where to start looking for a payment's account: by the sender's name as the bank sent it, less
 * the title ("MR J SMITH" → "J SMITH"); by the reference when there is no sender.
 */
export function suggestedLookUp(payment: {
  paymentReference: TTransaction["paymentReference"];
  sender: Pick<TTransaction["sender"], "fullName">;
}): {
  lookUpType: TLookUpType;
  searchText: string;
} {
  const words = (payment.sender.fullName ?? "").trim().split(/\s+/).filter(Boolean);
  const name = (bankTitles.has(words[0]?.toUpperCase() ?? "") ? words.slice(1) : words).join(" ");
  if (name.length >= 2) return { lookUpType: "TenantName", searchText: name };
  return { lookUpType: "PaymentReference", searchText: payment.paymentReference };
}
