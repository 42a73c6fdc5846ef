import { z } from "zod";

const councilTimeZone = "Europe/London";

// Built once: constructing a DateTimeFormat costs more than a whole search request's routing.
const councilDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: councilTimeZone });

/** Today's calendar date in the council's time zone, as yyyy-MM-dd. */
export function todayIsoDate(now: Date = new Date()): string {
  return councilDateFormat.format(now);
}

/** A real calendar date written yyyy-MM-dd (2023-02-30 is refused). */
export function isoDate(label: string) {
  return z
    .string({ error: `Enter ${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${label} as yyyy-mm-dd`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `Enter ${label} as a real date`);
}

/** Whole years from a yyyy-MM-dd date of birth to a day (yyyy-MM-dd): an age, or an age at death. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}

// What .NET clients send for a DateTime: 2024-01-01T00:00:00Z, 2021-12-07T23:00:00+00:00, or no offset.
const ZIsoDateTime = z.iso.datetime({ offset: true, local: true });

/**
 * A calendar date written yyyy-MM-dd, or an ISO 8601 date-time whose date is taken as written
 * (2021-12-07T23:00:00+00:00 is 2021-12-07): the time and offset are not converted.
 */
export function isoDateOrDateTime(label: string) {
  return z
    .string({ error: `Enter ${label}` })
    .refine(
      (value) => value.length === 10 || ZIsoDateTime.safeParse(value).success,
      `Enter ${label} as yyyy-mm-dd or an ISO 8601 date-time`,
    )
    .transform((value) => value.slice(0, 10))
    .pipe(isoDate(label))
    .meta({ description: "yyyy-mm-dd, or an ISO 8601 date-time whose date (as written) is used" });
}
