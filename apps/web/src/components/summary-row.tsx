import type { ReactNode } from "react";

/** One key and value in a GOV.UK summary list (`<dl className="govuk-summary-list">`). */
export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
