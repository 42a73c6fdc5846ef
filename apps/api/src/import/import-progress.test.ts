import { describe, expect, it } from "vitest";
import { createProgressReporter, formatProgress } from "./import-progress.ts";

describe("import progress", () => {
  it("shows rows done, the share of the file they reach and the rate, as a bar on a terminal", () => {
    expect(formatProgress(2500, 0.25, 5000, false)).toBe("Importing: 2,500 rows (25% of the file), 500 rows/s");
    expect(formatProgress(2500, 0.25, 5000, true)).toBe(
      "[########----------------------] 2,500 rows (25% of the file), 500 rows/s",
    );
    expect(formatProgress(0, 1, 0, true)).toBe("[##############################] 0 rows (100% of the file), 0 rows/s");
  });

  it("writes a plain line now and then when not on a terminal, and nothing more at the end", () => {
    const written: string[] = [];
    let clock = 0;
    const reporter = createProgressReporter({ write: (text) => written.push(text) }, () => clock);
    for (let row = 1; row <= 100; row += 1) {
      clock += 100;
      reporter.update(row, row / 100);
    }
    reporter.finish();
    expect(written).toEqual([
      "Importing: 50 rows (50% of the file), 10 rows/s\n",
      "Importing: 100 rows (100% of the file), 10 rows/s\n",
    ]);
  });

  it("redraws the bar in place on a terminal and ends it with its final reading and a line break", () => {
    const written: string[] = [];
    let clock = 0;
    const reporter = createProgressReporter({ write: (text) => written.push(text), isTTY: true }, () => clock);
    reporter.update(1, 0.3);
    clock += 150;
    reporter.update(2, 0.6);
    reporter.update(3, 1);
    reporter.finish();
    expect(written.every((text) => text.startsWith("\r") || text === "\n")).toBe(true);
    expect(written.at(-2)).toContain("3 rows (100% of the file)");
    expect(written.at(-1)).toBe("\n");
    expect(written).toHaveLength(3);
  });
});
