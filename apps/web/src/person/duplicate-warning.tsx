import type { TDuplicateCheckResult } from "@housing/schemas/person";
import { Link } from "react-router";
import { formatDate } from "../dates/display-dates.ts";
import { fullName, personTypeLabels } from "./person-labels.ts";
import { SummaryRow } from "../components/summary-row.tsx";
import { SummaryCard } from "../components/summary-card.tsx";

type TCandidate = TDuplicateCheckResult["candidates"][number];

type DuplicateWarningProps = {
  /** The name and date of birth the officer entered, as the page says them back. */
  enteredName: string;
  enteredDateOfBirth: string | undefined;
  candidates: readonly TCandidate[];
  isCreating: boolean;
  onOpenExisting: () => void;
  onCreateAnyway: () => void;
  onChangeDetails: () => void;
};

function CandidateCard({ candidate, onOpen }: { candidate: TCandidate; onOpen: () => void }) {
  const { person } = candidate;
  const name = fullName(person);
  return (
    <SummaryCard
      title={
        <>
          {name} <span className="app-secondary-text">(reference {person.personRef})</span>
        </>
      }
      action={
        <Link className="govuk-link" to={`/persons/${person.id}`} onClick={onOpen}>
          Open this record<span className="govuk-visually-hidden"> ({name})</span>
        </Link>
      }
    >
      <SummaryRow label="Why it may be the same person">{candidate.explanation}</SummaryRow>
      <SummaryRow label="Date of birth">
        {person.dateOfBirth === null ? "Not given" : formatDate(person.dateOfBirth)}
      </SummaryRow>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{person.addresses.length === 1 ? "Address" : "Addresses"}</dt>
        <dd className="govuk-summary-list__value">
          {person.addresses.length === 0 ? (
            "No address on record"
          ) : (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {person.addresses.map((address) => (
                <li key={address}>{address}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <SummaryRow label="Person types">
        {person.personTypes.map((type) => personTypeLabels[type]).join(", ")}
      </SummaryRow>
    </SummaryCard>
  );
}

/** Find before create: the records that look like the person being added, and the officer's choice. */
export function DuplicateWarning({
  enteredName,
  enteredDateOfBirth,
  candidates,
  isCreating,
  onOpenExisting,
  onCreateAnyway,
  onChangeDetails,
}: DuplicateWarningProps) {
  return (
    <>
      <h1 className="govuk-heading-l">This person may already exist</h1>
      <p className="govuk-body">
        You entered <strong>{enteredName}</strong>
        {enteredDateOfBirth === undefined ? "" : `, born ${formatDate(enteredDateOfBirth)}`}.{" "}
        {candidates.length === 1 ? "A record" : `${candidates.length} records`} already on the system{" "}
        {candidates.length === 1 ? "looks" : "look"} similar. Check {candidates.length === 1 ? "it" : "them"} before you
        add a new record: one person should have one record.
      </p>
      {candidates.map((candidate) => (
        <CandidateCard key={candidate.person.id} candidate={candidate} onOpen={onOpenExisting} />
      ))}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onCreateAnyway} disabled={isCreating}>
          This is a new person — create record
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onChangeDetails}>
          Change the details
        </button>
      </div>
    </>
  );
}
