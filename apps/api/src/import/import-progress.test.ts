import { describe, expect, it } from "vitest";
import { createProgressReporter, formatProgress } from "./import-progress.ts";

describe("import progress", () => {
  it("shows rows done of the total, the share and the rate, as a bar on a terminal", () => {
    expect(formatProgress(2500, 10000, 5000, false)).toBe("Importing: 2,500/10,000 rows (25%), 500 rows/s");
    expect(formatProgress(2500, 10000, 5000, true)).toBe(
      "[########----------------------] 2,500/10,000 rows (25%), 500 rows/s",
    );
    expect(formatProgress(0, 0, 0, true)).toBe("[##############################] 0/0 rows (100%), 0 rows/s");
  });

  it("writes a plain line now and then when not on a terminal, and nothing more at the end", () => {
    const written: string[] = [];
    let clock = 0;
    const reporter = createProgressReporter({ write: (text) => written.push(text) }, 100, () => clock);
    for (let row = 1; row <= 100; row += 1) {
      clock += 100;
      reporter.update(row);
    }
    reporter.finish();
    expect(written).toEqual([
      "Importing: 50/100 rows (50%), 10 rows/s\n",
      "Importing: 100/100 rows (100%), 10 rows/s\n",
    ]);
  });

  it("redraws the bar in place on a terminal and ends it with its final reading and a line break", () => {
    const written: string[] = [];
    let clock = 0;
    const reporter = createProgressReporter({ write: (text) => written.push(text), isTTY: true }, 3, () => clock);
    reporter.update(1);
    clock += 150;
    reporter.update(2);
    reporter.update(3);
    reporter.finish();
    expect(written.every((text) => text.startsWith("\r") || text === "\n")).toBe(true);
    expect(written.at(-2)).toContain("3/3 rows (100%)");
    expect(written.at(-1)).toBe("\n");
    expect(written).toHaveLength(3);
  });
});
