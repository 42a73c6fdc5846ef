import { PageTitle } from "../layout/page-title.tsx";

type RecordLoadStateProps = {
  /** The document title while there is no record to name it by: "Tenure". */
  title: string;
  /** The record in a sentence: "this tenure". */
  what: string;
  /** The failure, once loading has failed; null while it is still loading. */
  error: { message: string } | null;
  retry: () => void;
};

/** A record page before its record arrives: "Loading…" announced politely, or the failure with a retry. */
export function RecordLoadState({ title, what, error, retry }: RecordLoadStateProps) {
  if (error !== null) {
    return (
      <>
        <PageTitle title={title} hasErrors />
        <h1 className="govuk-heading-l">Sorry, we could not load {what}</h1>
        <p className="govuk-body">{error.message}</p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={retry}>
          Try again
        </button>
      </>
    );
  }
  return (
    <>
      <PageTitle title={title} />
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </>
  );
}
