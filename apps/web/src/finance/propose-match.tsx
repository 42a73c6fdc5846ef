import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { type TTransaction, ZProposeSuspenseMatchInput } from "@housing/schemas/finance";
import type { TAccountSearchDocument } from "@housing/schemas/search";
import { skipToken } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Radios } from "../components/radios.tsx";
import { TextInput } from "../components/text-input.tsx";
import { Textarea } from "../components/textarea.tsx";
import { searchTextError } from "../search/search-params.ts";
import { trpc } from "../trpc.ts";
import { type TLookUpType, lookUpTypeHints, suggestedLookUp, tenantsText } from "./account-lookup.ts";
import { LookUpTypeRadios } from "./look-up-type-radios.tsx";
import { describeBalance } from "./money.ts";

const fieldIds = {
  lookUpType: "lookUpType",
  searchText: "accountSearchText",
  rentAccountId: "rentAccountId",
  note: "note",
};
type TField = keyof typeof fieldIds;
type TProblem = TErrorSummaryItem & { field: TField | undefined };

const candidatesShown = 10;

function problem(field: TField | undefined, message: string): TProblem {
  return { field, targetId: field === undefined ? undefined : fieldIds[field], message };
}

function CandidateLabel({ account }: { account: TAccountSearchDocument }) {
  return (
    <>
      <span className="govuk-!-font-weight-bold">{account.rentAccountNumber}</span> – {account.address}
    </>
  );
}

function CandidateHint({ account }: { account: TAccountSearchDocument }) {
  return (
    <>
      {account.tenure.type}
      {account.tenure.isActive ? "" : " (ended)"}. Tenants: {tenantsText(account.tenants)}. Balance:{" "}
      {describeBalance(account.balance)}.
    </>
  );
}

type ProposeMatchProps = {
  payment: TTransaction;
  /** After the proposal is saved, with a sentence saying what happens next. */
  onProposed: (message: string) => void;
};

type TCandidates = {
  isFetching: boolean;
  isError: boolean;
  data?: { total: number; results: { accounts: readonly TAccountSearchDocument[] } } | undefined;
};

/** What the search found, said in the live region under the search form. */
function searchStatus(criteria: { searchText: string } | null, candidates: TCandidates): string {
  if (criteria === null) return "";
  const accounts = candidates.data?.results.accounts ?? [];
  if (candidates.isFetching) return "Searching for accounts…";
  if (candidates.isError) return "The account search did not work. Try again.";
  if (candidates.data?.total === 0)
    return `No accounts found for “${criteria.searchText}”. Check the spelling, or look up by another detail.`;
  if (candidates.data !== undefined)
    return candidates.data.total > accounts.length
      ? `Showing the first ${accounts.length} of ${candidates.data.total} accounts: add more words to narrow the search`
      : `${candidates.data.total} ${candidates.data.total === 1 ? "account" : "accounts"} found`;
  return "";
}

/** What is missing or wrong before a match can be proposed. */
function proposalProblems({ paymentId, hasSearched, chosenId, note }: TProposal): TProblem[] {
  const found: TProblem[] = [];
  if (chosenId === null) {
    found.push(
      hasSearched
        ? problem("rentAccountId", "Select the account this payment belongs to")
        : problem("searchText", "Search for the account this payment belongs to"),
    );
  }
  const parsed = ZProposeSuspenseMatchInput.safeParse({ transactionId: paymentId, rentAccountId: chosenId, note });
  for (const { path, message } of parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues)) {
    if (path === "note") found.push(problem("note", message));
  }
  return found;
}

type TProposal = { paymentId: string; hasSearched: boolean; chosenId: string | null; note: string };

/** The lookup as typed, starting from what the payment suggests, and the accounts found by the last search made. */
function useCandidateSearch(payment: TTransaction) {
  const [suggestion] = useState(() => suggestedLookUp(payment));
  const [lookUpType, setLookUpType] = useState<TLookUpType>(suggestion.lookUpType);
  const [searchText, setSearchText] = useState(suggestion.searchText);
  const [criteria, setCriteria] = useState<{ lookUpType: TLookUpType; searchText: string } | null>(null);
  const candidates = trpc.search.accounts.useQuery(
    criteria === null ? skipToken : { ...criteria, page: 1, pageSize: candidatesShown },
  );
  return { lookUpType, setLookUpType, searchText, setSearchText, criteria, setCriteria, candidates };
}

/** The search for candidate accounts, the account chosen and the note, and saving the proposal. */
function useProposeMatch({ payment, onProposed }: ProposeMatchProps) {
  const utils = trpc.useUtils();
  const propose = trpc.finance.proposeSuspenseMatch.useMutation();
  const { lookUpType, setLookUpType, searchText, setSearchText, criteria, setCriteria, candidates } =
    useCandidateSearch(payment);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<TProblem[]>([]);
  const errorOf = (field: TField) => problems.find((item) => item.field === field)?.message;

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = searchTextError(searchText);
    setProblems(error === undefined ? [] : [problem("searchText", error)]);
    if (error !== undefined) return;
    setCriteria({ lookUpType, searchText: searchText.trim() });
    setChosenId(null);
  }

  function handlePropose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = proposalProblems({ paymentId: payment.id, hasSearched: criteria !== null, chosenId, note });
    setProblems(found);
    if (found.length > 0 || chosenId === null) return;
    const account = candidates.data?.results.accounts.find((candidate) => candidate.id === chosenId);
    propose.mutate(
      { transactionId: payment.id, rentAccountId: chosenId, note },
      {
        onSuccess: () => {
          void utils.finance.transaction.invalidate({ id: payment.id });
          void utils.finance.transactionActivity.invalidate({ id: payment.id });
          void utils.finance.transactions.invalidate();
          onProposed(
            `Match proposed to rent account ${account?.rentAccountNumber ?? ""}. A different finance manager must now approve or reject it.`,
          );
        },
        onError: (error) => {
          const named = fieldErrorsOf(error).flatMap(({ path, message }) =>
            path === "note" || path === "rentAccountId" ? [problem(path, message)] : [],
          );
          setProblems(named.length > 0 ? named : [problem(undefined, error.message)]);
          // Someone else may have proposed or matched it meanwhile: show the payment as it now is.
          void utils.finance.transaction.invalidate({ id: payment.id });
        },
      },
    );
  }

  return {
    lookUpType,
    setLookUpType,
    searchText,
    setSearchText,
    chosenId,
    setChosenId,
    note,
    setNote,
    problems,
    errorOf,
    accounts: candidates.data?.results.accounts ?? [],
    status: searchStatus(criteria, candidates),
    isProposing: propose.isPending,
    handleSearch,
    handlePropose,
  };
}

type TProposeMatch = ReturnType<typeof useProposeMatch>;

function CandidateSearchForm({ match }: { match: TProposeMatch }) {
  return (
    <form role="search" aria-label="Rent accounts" onSubmit={match.handleSearch} noValidate>
      <LookUpTypeRadios value={match.lookUpType} onChange={match.setLookUpType} />
      <TextInput
        id={fieldIds.searchText}
        name="searchText"
        label="Search for an account"
        labelClassName="govuk-label--s"
        hint={lookUpTypeHints[match.lookUpType]}
        widthClassName="govuk-!-width-two-thirds"
        autoComplete="off"
        spellCheck={false}
        value={match.searchText}
        onChange={(event) => match.setSearchText(event.target.value)}
        error={match.errorOf("searchText")}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Search accounts
      </button>
    </form>
  );
}

function ProposalForm({ match }: { match: TProposeMatch }) {
  return (
    <form onSubmit={match.handlePropose} noValidate aria-label="Propose a match">
      {match.accounts.length > 0 ? (
        <Radios
          id={fieldIds.rentAccountId}
          name="rentAccountId"
          legend="Which account does this payment belong to?"
          legendClassName="govuk-fieldset__legend--s"
          options={match.accounts.map((account) => ({
            value: account.id,
            label: <CandidateLabel account={account} />,
            hint: <CandidateHint account={account} />,
          }))}
          value={match.chosenId}
          onChange={match.setChosenId}
          error={match.errorOf("rentAccountId")}
        />
      ) : null}
      <Textarea
        id={fieldIds.note}
        name="note"
        label="Why is this the right account?"
        labelClassName="govuk-label--s"
        hint="The finance manager who approves the match reads this, for example “Sender is the tenant; reference missing a digit”"
        value={match.note}
        onChange={(event) => match.setNote(event.target.value)}
        error={match.errorOf("note")}
      />
      <button type="submit" className="govuk-button" disabled={match.isProposing} aria-disabled={match.isProposing}>
        Propose match
      </button>
    </form>
  );
}

/** Find the account a suspense payment belongs to by tenant name, address or reference, and propose it with a note. */
export function ProposeMatch(props: ProposeMatchProps) {
  const match = useProposeMatch(props);
  return (
    <section aria-labelledby="propose-match-heading" className="govuk-!-margin-bottom-8">
      <ErrorSummary errors={match.problems} />
      <h2 className="govuk-heading-m" id="propose-match-heading">
        Find the account this payment belongs to
      </h2>
      <CandidateSearchForm match={match} />
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {match.status}
      </p>
      <ProposalForm match={match} />
    </section>
  );
}
