/** "£1,234.56" or "-£12.50" in whole pennies, so sums read off a page add up exactly. */
export function penniesFrom(text: string): number {
  const match = /(-?)£([\d,]+)\.(\d{2})/.exec(text);
  if (match === null) throw new Error(`No amount of money in “${text}”`);
  const [, sign = "", pounds = "0", pence = "0"] = match;
  const pennies = Number(pounds.replace(/,/g, "")) * 100 + Number(pence);
  return sign === "-" ? -pennies : pennies;
}

/** A balance as the staff app words it ("£210.40 in arrears", "£5.00 in credit") in pennies, arrears negative. */
export function balancePenniesFrom(text: string): number {
  const pennies = penniesFrom(text);
  return /in arrears/.test(text) ? -pennies : pennies;
}
