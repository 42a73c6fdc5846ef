import { toIsoDate } from "../kernel/calendar-date.ts";
import type { PersonColumns } from "./person.repository.ts";

/**
 * Person columns as they appear in events: dates as yyyy-MM-dd; fields not given are left out,
 * and so are empty ones when `omitEmpty` (a created record has nothing to clear).
 */
export function personEventData(columns: Partial<PersonColumns>, options = { omitEmpty: false }) {
  return Object.fromEntries(
    Object.entries(columns)
      .filter(([, value]) => value !== undefined && !(options.omitEmpty && value === null))
      .map(([field, value]) => [field, value instanceof Date ? toIsoDate(value) : value]),
  );
}
