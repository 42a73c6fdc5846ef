import { type ComponentProps, useLayoutEffect, useRef } from "react";

/** A heading's visible words: a column of buttons has a heading for screen readers only, and shows none. */
function visibleText(cell: HTMLTableCellElement): string {
  const hidden = Array.from(cell.querySelectorAll(".govuk-visually-hidden"), (element) => element.textContent ?? "");
  return hidden.reduce((text, words) => text.replace(words, ""), cell.textContent ?? "").trim();
}

/** Gives every body cell its column's heading, which a tablet or phone shows above the value (layout/tables.scss). */
function labelCellsWithHeadings(table: HTMLTableElement | null): void {
  if (table === null) return;
  const headings = Array.from(table.tHead?.rows[0]?.cells ?? [], visibleText);
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        cell.dataset.label = headings[column] ?? "";
        column += cell.colSpan;
      }
    }
  }
}

/**
 * A GOV.UK table that adapts to a tablet or a phone: there each row becomes a block of "heading, value" pairs
 * instead of columns wider than the screen. The table stays a table for assistive technology.
 */
export function StackingTable({ className, children, ...props }: ComponentProps<"table">) {
  const table = useRef<HTMLTableElement>(null);
  // After every render: rows come and go with the data, and each new cell needs its heading.
  useLayoutEffect(() => labelCellsWithHeadings(table.current));
  return (
    <table ref={table} className={["govuk-table app-stacking-table", className].filter(Boolean).join(" ")} {...props}>
      {children}
    </table>
  );
}
