type TTableColumn =
  | string
  | {
      label: string;
      /** Right-aligns the header over a column of amounts. */
      isNumeric?: boolean;
      /** Read by screen readers only, e.g. over a column of buttons or links. */
      isHidden?: boolean;
      /** A GOV.UK width class such as "govuk-!-width-one-half". */
      widthClassName?: string;
    };

/** The GOV.UK table head: one row of column headers, labelled in the order given. */
export function TableHead({ columns }: { columns: readonly TTableColumn[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column) => {
          const {
            label,
            isNumeric = false,
            isHidden = false,
            widthClassName,
          } = typeof column === "string" ? { label: column } : column;
          const className = [
            "govuk-table__header",
            isNumeric ? "govuk-table__header--numeric" : undefined,
            widthClassName,
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <th scope="col" className={className} key={label}>
              {isHidden ? <span className="govuk-visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
