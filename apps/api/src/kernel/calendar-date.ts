export { ageOn } from "@housing/schemas/dates";

/** Prisma returns a `@db.Date` column as midnight UTC; the API speaks yyyy-MM-dd. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toIsoDateOrNull(date: Date | null): string | null {
  return date ? toIsoDate(date) : null;
}

export function fromIsoDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** undefined stays "not sent", null stays "clear it". */
export function fromOptionalIsoDate(date: string | null | undefined): Date | null | undefined {
  return date === undefined || date === null ? date : fromIsoDate(date);
}
