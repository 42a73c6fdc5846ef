/** Where progress goes: a terminal gets a bar redrawn in place, anything else (CI logs) plain lines. */
export type ProgressStream = { write(text: string): unknown; isTTY?: boolean };

export type ProgressReporter = { update(rowsDone: number): void; finish(): void };

const barWidth = 30;
const terminalRedrawMs = 100;
const logLineEveryMs = 5000;

const count = (value: number) => value.toLocaleString("en-GB");

/** One progress reading: rows done of the total and the rate so far; as a bar for a terminal. */
export function formatProgress(rowsDone: number, total: number, elapsedMs: number, asBar: boolean): string {
  const share = total === 0 ? 1 : rowsDone / total;
  const rate = elapsedMs > 0 ? Math.round((rowsDone * 1000) / elapsedMs) : 0;
  const figures = `${count(rowsDone)}/${count(total)} rows (${Math.floor(share * 100)}%), ${count(rate)} rows/s`;
  if (!asBar) return `Importing: ${figures}`;
  const filled = Math.round(share * barWidth);
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${figures}`;
}

/** Reports at most every 100 ms on a terminal and every 5 s elsewhere, so progress never slows the import. */
export function createProgressReporter(stream: ProgressStream, total: number, now: () => number): ProgressReporter {
  const asBar = stream.isTTY === true;
  const started = now();
  let lastShown = started;
  let lastDone = 0;
  const show = (rowsDone: number) => {
    const line = formatProgress(rowsDone, total, now() - started, asBar);
    // Back to the line's start and clear it: a shorter reading must not leave the end of a longer one.
    stream.write(asBar ? `\r${line}\x1b[K` : `${line}\n`);
  };
  return {
    update(rowsDone) {
      lastDone = rowsDone;
      const at = now();
      if (at - lastShown < (asBar ? terminalRedrawMs : logLineEveryMs)) return;
      lastShown = at;
      show(rowsDone);
    },
    finish() {
      // The bar ends on its final reading; a log already has its periodic lines and gets the summary next.
      if (asBar) {
        show(lastDone);
        stream.write("\n");
      }
    },
  };
}
