export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

const DAY_MS = 86_400_000;

/** The clock on another day (`DEMO_AS_OF`, yyyy-mm-dd), for demos and tests of the calendar. */
export function clockOnDay(isoDate: string, real: Clock = systemClock): Clock {
  // Whole days added to the real time, fixed at start-up: the time of day is real, time still passes
  // and the day turns at midnight (UTC) as it would.
  const offset = Date.parse(`${isoDate}T00:00:00Z`) - Math.floor(real.now().getTime() / DAY_MS) * DAY_MS;
  return { now: () => new Date(real.now().getTime() + offset) };
}
