/** Where progress goes: a terminal gets a bar redrawn in place, anything else (CI logs) plain lines. */
export type ProgressStream = { write(text: string): unknown; isTTY?: boolean };

/** `share`: how much of the file (0 to 1) the rows done reach. */
export type ProgressReporter = { update(rowsDone: number, share: number): void; finish(): void };

const barWidth = 30;
const terminalRedrawMs = 100;
const logLineEveryMs = 5000;

const count = (value: number) => value.toLocaleString("en-GB");

/**
 * One progress reading: rows done, the share of the file they reach and the rate so far; as a bar
 * for a terminal. The file is read once, as it is written, so its rows are not counted beforehand.
 */
export function formatProgress(rowsDone: number, share: number, elapsedMs: number, asBar: boolean): string {
  const rate = elapsedMs > 0 ? Math.round((rowsDone * 1000) / elapsedMs) : 0;
  const figures = `${count(rowsDone)} rows (${Math.floor(share * 100)}% of the file), ${count(rate)} rows/s`;
  if (!asBar) return `Importing: ${figures}`;
  const filled = Math.round(share * barWidth);
  return `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${figures}`;
}

/** Reports at most every 100 ms on a terminal and every 5 s elsewhere, so progress never slows the import. */
export function createProgressReporter(stream: ProgressStream, now: () => number): ProgressReporter {
  const asBar = stream.isTTY === true;
  const started = now();
  let lastShown = started;
  let lastDone = 0;
  let lastShare = 0;
  const show = (rowsDone: number, share: number) => {
    const line = formatProgress(rowsDone, share, now() - started, asBar);
    // Back to the line's start and clear it: a shorter reading must not leave the end of a longer one.
    stream.write(asBar ? `\r${line}\x1b[K` : `${line}\n`);
  };
  return {
    update(rowsDone, share) {
      lastDone = rowsDone;
      lastShare = share;
      const at = now();
      if (at - lastShown < (asBar ? terminalRedrawMs : logLineEveryMs)) return;
      lastShown = at;
      show(rowsDone, share);
    },
    finish() {
      // The bar ends on its final reading; a log already has its periodic lines and gets the summary next.
      if (asBar) {
        show(lastDone, lastShare);
        stream.write("\n");
      }
    },
  };
}
