/**
 * The read of a person's rows that are kept one per service area (contact preferences, an area's own
 * data): those of the caller's areas only, in area order.
 */
export function personRowsInAreas(personId: string, serviceAreas: readonly string[]) {
  return { where: { personId, serviceArea: { in: [...serviceAreas] } }, orderBy: { serviceArea: "asc" as const } };
}
