import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { type TSuspenseResolution, ZDecideSuspenseMatchInput } from "@housing/schemas/finance";
import { useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { useSignedInUser } from "../auth/session-store.ts";
import { financeManagerRoles, useHasAnyRole } from "../auth/user-roles.ts";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Textarea } from "../components/textarea.tsx";
import { trpc } from "../trpc.ts";
import { AccountSummary } from "./account-summary.tsx";

const decisionNoteId = "decisionNote";

type ProposalDecisionProps = {
  proposal: TSuspenseResolution;
  /** After the decision is saved, with a sentence saying what it did. */
  onDecided: (message: string) => void;
};

/** Approve or reject the form for a manager who did not propose the match; who may decide, for anyone else. */
function DecisionForm({ proposal, onDecided }: ProposalDecisionProps) {
  const utils = trpc.useUtils();
  const decide = trpc.finance.decideSuspenseMatch.useMutation();
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<TErrorSummaryItem[]>([]);

  function submit(approve: boolean) {
    const input = { resolutionId: proposal.id, approve, ...(note.trim() === "" ? {} : { note }) };
    const parsed = ZDecideSuspenseMatchInput.safeParse(input);
    if (!parsed.success) {
      setProblems(
        fieldErrorsFromIssues(parsed.error.issues).map(({ message }) => ({ targetId: decisionNoteId, message })),
      );
      return;
    }
    setProblems([]);
    decide.mutate(parsed.data, {
      onSuccess: (decided) => {
        void utils.finance.transaction.invalidate({ id: proposal.transactionId });
        void utils.finance.transactionActivity.invalidate({ id: proposal.transactionId });
        void utils.finance.transactions.invalidate();
        void utils.finance.account.invalidate({ id: proposal.proposedRentAccountId });
        onDecided(
          decided.status === "Approved"
            ? "Match approved: the payment has moved to the rent account."
            : "Match rejected: the payment stays in the suspense account, awaiting a match.",
        );
      },
      onError: (error) => {
        const named = fieldErrorsOf(error).map(({ message }) => ({ targetId: decisionNoteId, message }));
        setProblems(named.length > 0 ? named : [{ message: error.message }]);
        // Another manager may have decided meanwhile: show the payment as it now is.
        void utils.finance.transaction.invalidate({ id: proposal.transactionId });
      },
    });
  }

  return (
    <>
      <ErrorSummary errors={problems} />
      <form onSubmit={(event) => event.preventDefault()} noValidate aria-labelledby="decision-heading">
        <h3 className="govuk-heading-s" id="decision-heading">
          Your decision
        </h3>
        <Textarea
          id={decisionNoteId}
          name="decisionNote"
          label="Note (optional)"
          hint="Say why, especially when you reject the match"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={problems.find((item) => item.targetId === decisionNoteId)?.message}
        />
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" disabled={decide.isPending} onClick={() => submit(true)}>
            Approve match
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            disabled={decide.isPending}
            onClick={() => submit(false)}
          >
            Reject match
          </button>
        </div>
      </form>
    </>
  );
}

/** The match waiting for approval: the account proposed, by whom and why, and the decision if it is yours to make. */
export function ProposalDecision({ proposal, onDecided }: ProposalDecisionProps) {
  const user = useSignedInUser();
  const isManager = useHasAnyRole(financeManagerRoles);
  const isProposer = user?.id === proposal.proposedBy.id;

  return (
    <section aria-labelledby="proposal-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="proposal-heading">
        Proposed match, awaiting approval
      </h2>
      <AccountSummary
        accountId={proposal.proposedRentAccountId}
        balanceLabel="Balance now"
        steps={[
          {
            label: "Proposed by",
            who: proposal.proposedBy.name,
            at: proposal.proposedAt,
            noteLabel: "Note",
            note: proposal.note,
          },
        ]}
      />
      {isProposer ? (
        <div className="govuk-inset-text">
          You proposed this match. A different finance manager must approve or reject it.
        </div>
      ) : isManager ? (
        <DecisionForm proposal={proposal} onDecided={onDecided} />
      ) : (
        <div className="govuk-inset-text">A finance manager must approve or reject this match.</div>
      )}
    </section>
  );
}
