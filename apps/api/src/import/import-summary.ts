import type { ImportOutcome, WrittenCounts } from "./import-records.ts";
import type { TImportRecordType, TImportRejection } from "./import-row.schemas.ts";

const labels: Record<TImportRecordType, string> = {
  person: "persons",
  asset: "assets",
  tenure: "tenures",
  householdMember: "household members",
  rentAccount: "rent accounts",
  charge: "charges",
  transaction: "transactions",
};

// The console shows the first rejections; --report has them all.
const rejectionsShown = 50;

const count = (value: number) => value.toLocaleString("en-GB");

/** `line 12 (tenure) endOfTenureDate: The end date cannot be before the start date` */
function formatRejection(rejection: TImportRejection): string {
  const type = rejection.recordType === null ? "" : ` (${rejection.recordType})`;
  const field = rejection.path === "" ? "" : ` ${rejection.path}:`;
  return `line ${rejection.line}${type}${field} ${rejection.message}`;
}

function formatWrittenCounts(written: WrittenCounts): string {
  const parts = (Object.keys(labels) as TImportRecordType[])
    .filter((type) => written[type] > 0)
    .map((type) => `${count(written[type])} ${labels[type]}`);
  return parts.length > 0 ? parts.join(", ") : "no records";
}

export type SummaryFacts = {
  fileName: string;
  /** Rows read; none when the file was found already imported before its rows were read. */
  rowsRead: number | undefined;
  elapsedMs: number;
  outcome: ImportOutcome;
  reportFile: string | undefined;
};

/** What the operator reads at the end: rows read, what was (or would be) written, what was rejected, how long. */
export function formatSummary(facts: SummaryFacts): string {
  const { outcome } = facts;
  const seconds = (facts.elapsedMs / 1000).toFixed(1);
  const lines = [
    facts.rowsRead === undefined
      ? `Checked ${facts.fileName} in ${seconds} s.`
      : `Read ${count(facts.rowsRead)} rows from ${facts.fileName} in ${seconds} s.`,
  ];
  if (outcome.status === "invalid" || outcome.status === "rejected") {
    const rejectedRows = new Set(outcome.rejections.map((rejection) => rejection.line)).size;
    lines.push(`Rejected ${count(rejectedRows)} rows:`);
    lines.push(...outcome.rejections.slice(0, rejectionsShown).map((rejection) => `  ${formatRejection(rejection)}`));
    const more = outcome.rejections.length - rejectionsShown;
    if (more > 0)
      lines.push(`  …and ${count(more)} more problems${facts.reportFile ? ` (all in ${facts.reportFile})` : ""}.`);
    lines.push(
      outcome.status === "invalid"
        ? "Nothing was written: fix these rows and run the import again (the database rules are checked once every row is valid)."
        : "Nothing was written: fix these rows and run the import again.",
    );
  } else if (outcome.status === "already-imported") {
    lines.push(
      `This file was imported on ${outcome.importedAt.toISOString()} by ${outcome.ranBy} (import ${outcome.importId}). Nothing was written.`,
    );
  } else if (outcome.status === "checked") {
    lines.push(
      `Dry run: every row is valid and would write ${formatWrittenCounts(outcome.written)}. Nothing was written.`,
    );
  } else {
    lines.push(`Imported ${formatWrittenCounts(outcome.written)} (import ${outcome.importId}).`);
  }
  return `${lines.join("\n")}\n`;
}
