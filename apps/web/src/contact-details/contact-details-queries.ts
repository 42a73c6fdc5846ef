/** The contact details list the person page asks for; the page's prefetch asks for the very same. */
export function contactDetailsListInput(personId: string, showHistoric: boolean) {
  return { targetId: personId, includeHistoric: showHistoric };
}
