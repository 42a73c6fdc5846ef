import { httpStatusOf } from "../api/retry-policy.ts";

/** What an edit form says when a save failed for a reason no field shows. */
export function saveFailureMessage(error: unknown, words: { forbidden: string; gone: string }): string {
  const status = httpStatusOf(error);
  if (status === 403) return words.forbidden;
  if (status === 404) return words.gone;
  return "Sorry, your changes could not be saved. Try again, and if it keeps happening contact the service desk";
}
