import { Link } from "react-router";
import { PageTitle } from "../layout/page-title.tsx";

/**
 * Shown instead of a finance page to someone without a finance role (the API refuses them too):
 * a plain explanation rather than an error or an empty table.
 */
export function NoFinanceAccess({ what }: { what: string }) {
  const title = `You do not have access to ${what}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={title} />
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          Only finance officers, finance managers and administrators can see transactions, bank details and the suspense
          account.
        </p>
        <p className="govuk-body">If you need access for your work, ask your manager.</p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go to the home page
          </Link>
        </p>
      </div>
    </div>
  );
}
