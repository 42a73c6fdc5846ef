import type { TAlertTarget } from "@housing/schemas/cautionary-alert";
import { trpc } from "../trpc.ts";

/**
 * The GOV.UK warning text at the top of a person, tenure or property page while it has a current
 * cautionary alert: every officer sees what to be careful of before anything else.
 */
export function CautionaryAlertWarning({ target }: { target: TAlertTarget }) {
  const alerts = trpc.cautionaryAlert.list.useQuery(target);
  const current = alerts.data?.results.filter((alert) => alert.isCurrent) ?? [];
  if (current.length === 0) return null;
  const types = [...new Set(current.map((alert) => alert.alertType))];
  return (
    <div className="govuk-warning-text app-alert-warning" id="cautionary-alert-warning">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {current.length === 1 ? "Cautionary alert" : `${current.length} cautionary alerts`}: {types.join("; ")}.{" "}
        <a className="govuk-link" href="#cautionary-alerts">
          See the alerts
        </a>
      </div>
    </div>
  );
}
