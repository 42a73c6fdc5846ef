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

/** A page of results: 1-based page and a bounded page size. */
export const ZPageInput = z.object({
  page: z.coerce.number().int().min(1, "Page starts at 1").default(1),
  pageSize: z.coerce.number().int().min(1).max(100, "Page size must be 100 or fewer").default(12),
});
