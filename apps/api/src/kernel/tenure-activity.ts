/** A tenure is active while it has no end date or the end date is today or later. */
export function tenureIsActive(endOfTenureDate: string | null, today: string): boolean {
  return endOfTenureDate === null || endOfTenureDate >= today;
}
