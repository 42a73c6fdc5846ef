import { serviceName } from "../layout/page-title.tsx";

/** Reloads the current address: a plain link, so it works even when the app itself has failed. */
function currentPageHref(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** The friendly "something went wrong" content; uses no router or query hooks so it can always render. */
export function ProblemContent() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{`Sorry, there is a problem with the service – ${serviceName}`}</title>
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Something went wrong while showing this page.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={currentPageHref()}>
            Try again
          </a>{" "}
          or{" "}
          <a className="govuk-link" href="/">
            go to the home page
          </a>
          .
        </p>
        <p className="govuk-body">If it keeps happening, contact the service desk.</p>
      </div>
    </div>
  );
}

/** A whole page, header included, for failures that took the page shell down too. */
export function StandaloneProblemPage() {
  return (
    <>
      <header className="app-header" role="banner">
        <div className="govuk-width-container app-header__container">
          <a href="/" className="app-header__service-name">
            {serviceName}
          </a>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <ProblemContent />
        </main>
      </div>
    </>
  );
}
