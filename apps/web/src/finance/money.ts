const poundsFormat = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** Whole pennies, so a float such as -0.004 counts as nothing owed, not as "£0.00 in arrears". */
function toPennies(amount: number): number {
  return Math.round(amount * 100);
}

/** An amount of money as staff write it: "£1,234.56"; a negative amount gets a minus sign. */
export function formatMoney(amount: number): string {
  const pennies = toPennies(amount);
  return poundsFormat.format((pennies === 0 ? 0 : pennies) / 100);
}

/**
 * A rent account balance in words: a positive balance is money the tenant has paid ahead
 * ("£1,234.56 in credit"), a negative one is money owed ("£210.40 in arrears").
 */
export function describeBalance(balance: number): string {
  const pennies = toPennies(balance);
  if (pennies === 0) return `${formatMoney(0)}, nothing owed`;
  const amount = formatMoney(Math.abs(pennies) / 100);
  return pennies > 0 ? `${amount} in credit` : `${amount} in arrears`;
}

/** Whether the account is in arrears, by whole pennies. */
export function isInArrears(balance: number): boolean {
  return toPennies(balance) < 0;
}

/** The labels finance staff use for the four kinds of charge, on weekly charges and on totals alike. */
export const chargeLabels = {
  dwellingRent: "Dwelling rent",
  nonDwellingRent: "Non-dwelling rent",
  serviceCharges: "Service charges",
  rentalServiceCharges: "Rental service charges",
} as const;
