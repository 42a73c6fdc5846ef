import { todayIsoDate } from "@housing/schemas/dates";

export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The clock on another day (`DEMO_AS_OF`, yyyy-mm-dd), for demos and tests of the calendar. */
export function clockOnDay(isoDate: string, real: Clock = systemClock): Clock {
  // Whole days added to the real time, fixed at start-up: time still passes and the day turns at
  // midnight, the council's midnight (todayIsoDate), as the product's "today" does.
  const start = real.now();
  let offset = Math.round((Date.parse(isoDate) - Date.parse(todayIsoDate(start))) / DAY_MS) * DAY_MS;
  // Near midnight, summer time on one day and not the other moves the council's date by one: an hour
  // back or on puts the clock on the day asked for.
  while (todayIsoDate(new Date(start.getTime() + offset)) > isoDate) offset -= HOUR_MS;
  while (todayIsoDate(new Date(start.getTime() + offset)) < isoDate) offset += HOUR_MS;
  return { now: () => new Date(real.now().getTime() + offset) };
}
