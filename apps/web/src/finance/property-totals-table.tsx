import type { TPropertyAccount } from "@housing/schemas/search";
import { useState } from "react";
import { Link } from "react-router";
import { TableHead } from "../components/table-head.tsx";
import { assetTypeLabels, childrenCountLabel, propertyTitle } from "../property/property-labels.ts";
import { Balance } from "./balance.tsx";
import { formatMoney } from "./money.ts";
import { type TPropertyRow, totalColumns, visibleRows } from "./property-totals.ts";
import { StackingTable } from "../components/stacking-table.tsx";

const levelClasses = ["", "app-finance-tree__level-1", "app-finance-tree__level-2"];

function PropertyCell({ row, onToggle }: { row: TPropertyRow; onToggle: () => void }) {
  const { asset, level, isExpanded } = row;
  const title = propertyTitle(asset);
  const contains = childrenCountLabel(asset.assetType, asset.children.length);
  return (
    <th scope="row" className={`govuk-table__header ${levelClasses[level] ?? levelClasses.at(-1) ?? ""}`}>
      <Link className="govuk-link" to={`/properties/${asset.id}`}>
        {title}
      </Link>
      <span className="govuk-!-display-block govuk-!-font-weight-regular app-secondary-text">
        {assetTypeLabels[asset.assetType]}
      </span>
      {asset.account === null ? null : (
        <span className="govuk-!-display-block govuk-!-font-weight-regular app-secondary-text">
          Rent account {asset.account.rentAccountNumber}
        </span>
      )}
      {asset.children.length === 0 ? null : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-1 app-finance-tree__toggle app-no-break"
          aria-expanded={isExpanded}
          onClick={onToggle}
        >
          {isExpanded ? "Hide" : "Show"} {contains}
          <span className="govuk-visually-hidden"> in {title}</span>
        </button>
      )}
    </th>
  );
}

/**
 * Each property found with its totals; an estate opens to its blocks and a block to its homes,
 * each with its own totals, so the roll-ups can be checked line by line.
 */
export function PropertyTotalsTable({
  assets,
  labelledBy,
  describedBy,
}: {
  assets: TPropertyAccount[];
  labelledBy: string;
  describedBy: string;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  function toggle(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <StackingTable className="app-finance-table" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      <TableHead columns={["Property", ...totalColumns.map(({ label }) => ({ label, isNumeric: true }))]} />
      <tbody className="govuk-table__body">
        {visibleRows(assets, expanded).map((row) => (
          <tr className="govuk-table__row" key={row.asset.id}>
            <PropertyCell row={row} onToggle={() => toggle(row.asset.id)} />
            {totalColumns.map((column) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={column.key}>
                {column.isBalance ? <Balance balance={row.asset[column.key]} /> : formatMoney(row.asset[column.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </StackingTable>
  );
}
