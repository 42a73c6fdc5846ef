import { Link } from "react-router";
import { SummaryRow } from "../components/summary-row.tsx";
import { formatDateTime } from "../dates/display-dates.ts";
import { trpc } from "../trpc.ts";
import { tenantsText } from "./account-lookup.ts";
import { Balance } from "./balance.tsx";

/** Someone's step in the workflow: who proposed or decided, when, and the note they left. */
export type TWorkflowStep = { label: string; who: string; at: string; noteLabel: string; note: string | null };

type AccountSummaryProps = {
  accountId: string;
  /** "Balance now", or after approval "Account balance now". */
  balanceLabel: string;
  steps: readonly TWorkflowStep[];
};

/** A rent account a payment was matched to, or proposed for, with the steps that got it there. */
export function AccountSummary({ accountId, balanceLabel, steps }: AccountSummaryProps) {
  const account = trpc.finance.account.useQuery({ id: accountId });

  return (
    <dl className="govuk-summary-list">
      {account.data === undefined ? (
        <SummaryRow label="Rent account">
          {account.isError ? (
            <>
              The account could not be loaded.{" "}
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => void account.refetch()}
              >
                Try again
              </button>
            </>
          ) : (
            <span role="status">Loading the account…</span>
          )}
        </SummaryRow>
      ) : (
        <>
          <SummaryRow label="Rent account">
            <Link className="govuk-link" to={`/tenures/${account.data.tenure.id}`}>
              {account.data.rentAccountNumber}
              <span className="govuk-visually-hidden"> (view the tenure)</span>
            </Link>
          </SummaryRow>
          <SummaryRow label="Property">{account.data.address}</SummaryRow>
          <SummaryRow label="Tenure">
            {account.data.tenure.tenureType.description}
            {account.data.tenure.isActive ? "" : " (ended)"}
          </SummaryRow>
          <SummaryRow label="Tenants">{tenantsText(account.data.tenants)}</SummaryRow>
          <SummaryRow label={balanceLabel}>
            <Balance balance={account.data.balance} />
          </SummaryRow>
        </>
      )}
      {steps.map((step) => (
        <SummaryRow key={step.label} label={step.label}>
          {step.who}, <time dateTime={step.at}>{formatDateTime(step.at)}</time>
          {step.note === null ? null : (
            <span className="govuk-!-display-block">
              {step.noteLabel}: {step.note}
            </span>
          )}
        </SummaryRow>
      ))}
    </dl>
  );
}
