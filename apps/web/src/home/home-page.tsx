import { Link } from "react-router";
import { useSignedInUser } from "../auth/session-store.ts";
import { useCanManagePersons, useIsReportingOnly } from "../auth/user-roles.ts";
import { searchPathFor } from "../search/search-params.ts";
import { SearchForm } from "../search/search-form.tsx";

function ReportingAccountHome({ name }: { name: string | undefined }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{name === undefined ? "Welcome" : `Welcome, ${name}`}</span>
        <h1 className="govuk-heading-l">This is a reporting account</h1>
        <p className="govuk-body">
          A reporting account reads the data extracts for reporting tools such as Qlik (<code>/api/v1/extracts/…</code>,
          described at{" "}
          <a className="govuk-link" href="/api/docs">
            /api/docs
          </a>
          ). It cannot search or change records in the staff app.
        </p>
      </div>
    </div>
  );
}

export function HomePage() {
  const user = useSignedInUser();
  const canAddPersons = useCanManagePersons();
  if (useIsReportingOnly()) return <ReportingAccountHome name={user?.name} />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{user === null ? "Welcome" : `Welcome, ${user.name}`}</span>
        <h1 className="govuk-heading-l">Find a person, property or tenure</h1>
        <SearchForm pageTitle="Home" />
      </div>
      <div className="govuk-grid-column-one-third">
        <aside className="govuk-!-margin-top-6" aria-labelledby="home-shortcuts-heading">
          <h2 className="govuk-heading-s" id="home-shortcuts-heading">
            Browse
          </h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={searchPathFor({ type: "person", searchText: "" })}>
                Search for a person
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={searchPathFor({ type: "asset", searchText: "" })}>
                Search for a property
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={searchPathFor({ type: "tenure", searchText: "" })}>
                Search for a tenure
              </Link>
            </li>
          </ul>
          {canAddPersons ? (
            <>
              <h2 className="govuk-heading-s" id="home-records-heading">
                Records
              </h2>
              <ul className="govuk-list" aria-labelledby="home-records-heading">
                <li>
                  <Link className="govuk-link" to="/persons/new">
                    Add a person
                  </Link>
                </li>
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
