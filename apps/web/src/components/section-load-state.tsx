import type { ReactNode } from "react";

/** Part of a page while its data loads, announced politely: "Loading contact details…". */
export function SectionLoading({ children = "Loading…" }: { children?: ReactNode }) {
  return (
    <p className="govuk-body" role="status">
      {children}
    </p>
  );
}

/** Part of a page whose data could not be loaded, with a way to try again: "Sorry, {what} could not be loaded." */
export function SectionLoadFailed({ what, retry }: { what: string; retry: () => void }) {
  return (
    <p className="govuk-body">
      Sorry, {what} could not be loaded.{" "}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={retry}>
        Try again
      </button>
    </p>
  );
}
