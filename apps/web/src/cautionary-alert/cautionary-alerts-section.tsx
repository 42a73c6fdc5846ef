import type { TAlertTarget, TCautionaryAlert } from "@housing/schemas/cautionary-alert";
import { useState } from "react";
import { FocusedSuccessBanner } from "../components/focused-success-banner.tsx";
import { SectionLoadFailed, SectionLoading } from "../components/section-load-state.tsx";
import { SummaryRow } from "../components/summary-row.tsx";
import { formatDate, formatDateTime } from "../dates/display-dates.ts";
import { trpc } from "../trpc.ts";
import { EndAlertForm } from "./end-alert-form.tsx";
import { RaiseAlertForm } from "./raise-alert-form.tsx";

function AlertCard({ alert, mayEnd, onEnded }: { alert: TCautionaryAlert; mayEnd: boolean; onEnded: () => void }) {
  const [isEnding, setIsEnding] = useState(false);
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">
          {alert.alertType} <span className="app-secondary-text">({alert.alertCode})</span>
        </h4>
        {mayEnd && alert.isCurrent && !isEnding ? (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => setIsEnding(true)}
              >
                End alert<span className="govuk-visually-hidden"> ({alert.alertType})</span>
              </button>
            </li>
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <SummaryRow label="Description">{alert.description}</SummaryRow>
          <SummaryRow label="Start date">{formatDate(alert.startDate)}</SummaryRow>
          <SummaryRow label="End date">
            {alert.endDate === null ? <span className="app-secondary-text">None</span> : formatDate(alert.endDate)}
          </SummaryRow>
          {alert.endReason === null ? null : <SummaryRow label="Reason for ending">{alert.endReason}</SummaryRow>}
          <SummaryRow label="Raised">
            {formatDateTime(alert.createdAt)} by {alert.createdBy.name}
          </SummaryRow>
          {alert.endedBy === null ? null : <SummaryRow label="Ended by">{alert.endedBy.name}</SummaryRow>}
        </dl>
        {isEnding ? (
          <EndAlertForm
            alert={alert}
            onDone={(ended) => {
              setIsEnding(false);
              if (ended) onEnded();
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

function AlertGroup(props: {
  heading: string;
  alerts: TCautionaryAlert[];
  empty: string;
  mayEnd: boolean;
  onEnded: (alert: TCautionaryAlert) => void;
}) {
  return (
    <>
      <h3 className="govuk-heading-s">{props.heading}</h3>
      {props.alerts.length === 0 ? <p className="govuk-body app-secondary-text">{props.empty}</p> : null}
      {props.alerts.map((alert) => (
        <AlertCard key={alert.id} alert={alert} mayEnd={props.mayEnd} onEnded={() => props.onEnded(alert)} />
      ))}
    </>
  );
}

/**
 * A person's, tenure's or property's cautionary alerts, current ones first; officers in
 * CAUTIONARY_ALERT_ROLES raise and end them here (the API refuses everyone else too).
 */
export function CautionaryAlertsSection({ target }: { target: TAlertTarget }) {
  const alerts = trpc.cautionaryAlert.list.useQuery(target);
  const [isRaising, setIsRaising] = useState(false);
  const [done, setDone] = useState<string>();

  let content;
  if (alerts.isError) {
    content = <SectionLoadFailed what="the cautionary alerts" retry={() => void alerts.refetch()} />;
  } else if (alerts.isPending) {
    content = <SectionLoading>Loading cautionary alerts…</SectionLoading>;
  } else {
    const { results, mayRaiseAndEnd } = alerts.data;
    const onEnded = (alert: TCautionaryAlert) => setDone(`The alert "${alert.alertType}" has been ended`);
    content = (
      <>
        {mayRaiseAndEnd && !isRaising ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setDone(undefined);
              setIsRaising(true);
            }}
          >
            Raise an alert
          </button>
        ) : null}
        {isRaising ? (
          <RaiseAlertForm
            target={target}
            onDone={(raisedType) => {
              setIsRaising(false);
              if (raisedType !== undefined) setDone(`The alert "${raisedType}" has been raised`);
            }}
          />
        ) : null}
        <AlertGroup
          heading="Current alerts"
          alerts={results.filter((a) => a.isCurrent)}
          empty="No current alerts."
          mayEnd={mayRaiseAndEnd}
          onEnded={onEnded}
        />
        <AlertGroup
          heading="Ended alerts"
          alerts={results.filter((a) => !a.isCurrent)}
          empty="No ended alerts."
          mayEnd={false}
          onEnded={onEnded}
        />
      </>
    );
  }

  return (
    <section id="cautionary-alerts" aria-labelledby="cautionary-alerts-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="cautionary-alerts-heading">
        Cautionary alerts
      </h2>
      {done === undefined ? null : <FocusedSuccessBanner titleId="cautionary-alert-done" message={done} />}
      {content}
    </section>
  );
}
