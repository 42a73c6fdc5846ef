const councilTimeZone = "Europe/London";

/** A yyyy-MM-dd date as staff read it, dd/mm/yyyy; anything else is shown as it came. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return isoDate;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: councilTimeZone,
});

/** An instant as council staff see it, in London time: "14/03/2025 at 10:32". */
export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} at ${parts.hour}:${parts.minute}`;
}
