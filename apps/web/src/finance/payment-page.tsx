import type { TTransaction } from "@housing/schemas/finance";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { z } from "zod";
import { httpStatusOf } from "../api/retry-policy.ts";
import { financeRoles, useHasAnyRole } from "../auth/user-roles.ts";
import { ActivityHistory, activityPageSize, useActivityPage } from "../components/activity-history.tsx";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { SummaryRow } from "../components/summary-row.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { NotFoundPage } from "../errors/not-found-page.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { trpc } from "../trpc.ts";
import { AccountSummary } from "./account-summary.tsx";
import { Balance } from "./balance.tsx";
import { formatMoney } from "./money.ts";
import { NoFinanceAccess } from "./no-finance-access.tsx";
import { describePaymentActivity } from "./payment-activity.ts";
import { paymentStatusOf, paymentStatusText } from "./payment-details.ts";
import { ProposalDecision } from "./proposal-decision.tsx";
import { ProposeMatch } from "./propose-match.tsx";
import { BankDetails, Sender } from "./suspense-results.tsx";
import { suspenseListPath } from "./suspense-params.ts";
import "./finance.scss";
import { RecordLoadState } from "../components/record-load-state.tsx";

const ZTransactionId = z.guid();
const noAccessTo = "the suspense account";

function PaymentSummary({ payment }: { payment: TTransaction }) {
  return (
    <dl className="govuk-summary-list govuk-!-margin-bottom-8">
      <SummaryRow label="Date received">{formatDate(payment.transactionDate)}</SummaryRow>
      <SummaryRow label="Amount">{formatMoney(payment.transactionAmount)}</SummaryRow>
      <SummaryRow label="Payment reference as received">{payment.paymentReference}</SummaryRow>
      <SummaryRow label="Sender">
        <Sender payment={payment} />
      </SummaryRow>
      <SummaryRow label="Bank details">
        <BankDetails payment={payment} />
      </SummaryRow>
      <SummaryRow label="Paid by">{payment.transactionSource}</SummaryRow>
      <SummaryRow label="Status">{paymentStatusText(paymentStatusOf(payment))}</SummaryRow>
    </dl>
  );
}

/** Where an approved payment went: the account, its balance now and the balance this payment left. */
function PaymentMatched({ payment, rentAccountId }: { payment: TTransaction; rentAccountId: string }) {
  const status = paymentStatusOf(payment);
  const approval = status.kind === "matched" ? status.approval : null;
  return (
    <section aria-labelledby="matched-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="matched-heading">
        Moved to a rent account
      </h2>
      {payment.balanceAmount === null ? null : (
        <p className="govuk-body">
          This payment left the account <Balance balance={payment.balanceAmount} />.
        </p>
      )}
      <AccountSummary
        accountId={rentAccountId}
        balanceLabel="Account balance now"
        steps={
          approval === null
            ? []
            : [
                {
                  label: "Proposed by",
                  who: approval.proposedBy.name,
                  at: approval.proposedAt,
                  noteLabel: "Note",
                  note: approval.note,
                },
                {
                  label: "Approved by",
                  who: approval.decidedBy?.name ?? "",
                  at: approval.decidedAt ?? approval.proposedAt,
                  noteLabel: "Note",
                  note: approval.decisionNote,
                },
              ]
        }
      />
    </section>
  );
}

/** The accounts this payment was proposed for or moved to: the ones the page shows, so the history can name them. */
function accountIdsOf(payment: TTransaction): string[] {
  const ids = [payment.targetId, payment.suspenseResolutionInfo?.proposedRentAccountId];
  return [...new Set(ids.filter((id) => id !== null && id !== undefined))];
}

function PaymentActivity({ payment }: { payment: TTransaction }) {
  const { page, hrefFor } = useActivityPage();
  const activity = trpc.finance.transactionActivity.useQuery(
    { id: payment.id, page, pageSize: activityPageSize },
    { placeholderData: (previous) => previous },
  );
  const accounts = trpc.useQueries((t) => accountIdsOf(payment).map((id) => t.finance.account({ id })));
  const accountNumberOf = (id: string) => accounts.find((account) => account.data?.id === id)?.data?.rentAccountNumber;
  return (
    <ActivityHistory
      activity={activity}
      page={page}
      hrefFor={hrefFor}
      describe={(event) => describePaymentActivity(event, accountNumberOf)}
      emptyText="Nothing has been recorded about this payment yet: it came in with the council's bank data."
    />
  );
}

function PaymentDetails({ payment }: { payment: TTransaction }) {
  const [banner, setBanner] = useState<string | null>(null);
  const status = paymentStatusOf(payment);
  const title = `Payment of ${formatMoney(payment.transactionAmount)} received ${formatDate(payment.transactionDate)}`;
  const announce = (message: string) => {
    setBanner(message);
    window.scrollTo(0, 0);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={title} />
        <Link className="govuk-back-link" to={suspenseListPath}>
          Back to the suspense account
        </Link>
        {banner === null ? null : <NotificationBanner type="success" titleId="payment-banner-title" heading={banner} />}
        <span className="govuk-caption-l">Suspense account</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <PaymentSummary payment={payment} />
        {status.kind === "proposed" ? <ProposalDecision proposal={status.proposal} onDecided={announce} /> : null}
        {status.kind === "awaitingMatch" ? (
          <>
            {status.lastRejected === null ? null : (
              <div className="govuk-inset-text">
                {status.lastRejected.decidedBy?.name ?? "A finance manager"} rejected the last proposed match
                {status.lastRejected.decisionNote === null ? "." : `: “${status.lastRejected.decisionNote}”`}
              </div>
            )}
            <ProposeMatch payment={payment} onProposed={announce} />
          </>
        ) : null}
        {payment.targetId === null ? null : <PaymentMatched payment={payment} rentAccountId={payment.targetId} />}
        <PaymentActivity payment={payment} />
      </div>
    </div>
  );
}

function PaymentLoader() {
  const { transactionId = "" } = useParams();
  const isId = ZTransactionId.safeParse(transactionId).success;
  const payment = trpc.finance.transaction.useQuery({ id: transactionId }, { enabled: isId });

  if (!isId || httpStatusOf(payment.error) === 404) return <NotFoundPage what="Payment" />;
  if (httpStatusOf(payment.error) === 403) return <NoFinanceAccess what={noAccessTo} />;
  if (payment.data !== undefined) return <PaymentDetails payment={payment.data} />;
  return (
    <RecordLoadState
      title="Payment"
      what="this payment"
      error={payment.isError ? payment.error : null}
      retry={() => void payment.refetch()}
    />
  );
}

/** /finance/suspense/:transactionId — one payment: trace its account, propose, approve or reject, and its history. */
export function PaymentPage() {
  return useHasAnyRole(financeRoles) ? <PaymentLoader /> : <NoFinanceAccess what={noAccessTo} />;
}
