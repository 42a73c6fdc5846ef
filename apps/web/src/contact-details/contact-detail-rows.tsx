import type { TContactDetail } from "@housing/schemas/contact-details";
import { contactTypeWords, serviceAreaLabels, subTypeLabels } from "./contact-detail-labels.ts";
import { shareableAreas } from "./contact-consent-form.ts";
import { ConsentList, type TWithdrawConsent } from "./contact-consents.tsx";
import { displayValue, validDatesText } from "./contact-details-view.ts";

export type TContactAction = "makeDefault" | "share" | "markHistoric";

type TContactDetailRowsProps = {
  details: readonly TContactDetail[];
  /** Historic records say what they were and when they were used, and cannot be changed. */
  isHistoric?: boolean;
  /** The record an action is being saved for: its buttons wait. */
  busyId?: string | undefined;
  onAction?: (action: TContactAction, detail: TContactDetail) => void;
  /** Owned records list who they are shared with; with this, each consent can be withdrawn. */
  onWithdrawConsent?: TWithdrawConsent | undefined;
  busyConsentId?: string | undefined;
};

function ownerText(detail: TContactDetail) {
  const area = serviceAreaLabels[detail.sourceServiceArea.area];
  if (detail.isOwnedByCaller) {
    return <strong className="govuk-tag govuk-tag--grey">{area}</strong>;
  }
  return <strong className="govuk-tag govuk-tag--purple">{area}</strong>;
}

function actionsFor(detail: TContactDetail, isHistoric: boolean): TContactAction[] {
  if (isHistoric || !detail.isOwnedByCaller || !detail.isActive) return [];
  return [
    ...(detail.sourceServiceArea.isDefault ? [] : (["makeDefault"] as const)),
    ...(shareableAreas(detail).length === 0 ? [] : (["share"] as const)),
    "markHistoric",
  ];
}

function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

const actionLabels: Record<TContactAction, string> = {
  makeDefault: "Make default",
  share: "Share with another area",
  markHistoric: "Mark as historic",
};

// Which record an action is for, for screen readers; a label, not hidden text, so the value is on the page once.
// The name starts with the visible words, so a voice-control user who says them reaches the button (WCAG 2.5.3).
function actionName(action: TContactAction, value: string): string {
  return action === "share" ? `${actionLabels.share}: ${value}` : `${actionLabels[action]} ${value}`;
}

/** Contact details as summary list rows: the sub-type, then the value, its tags, description and owner. */
export function ContactDetailRows({
  details,
  isHistoric = false,
  busyId,
  onAction,
  onWithdrawConsent,
  busyConsentId,
}: TContactDetailRowsProps) {
  const anyActions = onAction !== undefined && details.some((detail) => actionsFor(detail, isHistoric).length > 0);
  return (
    <dl className="govuk-summary-list app-contact-list">
      {details.map((detail) => {
        const value = displayValue(detail);
        const { contactType, subType, description } = detail.contactInformation;
        const actions = onAction === undefined ? [] : actionsFor(detail, isHistoric);
        const dates = validDatesText(detail);
        return (
          <div
            key={detail.id}
            className={`govuk-summary-list__row${anyActions && actions.length === 0 ? " govuk-summary-list__row--no-actions" : ""}`}
          >
            <dt className="govuk-summary-list__key">
              {subTypeLabels[subType]}
              {isHistoric ? (
                <span className="govuk-body-s app-secondary-text govuk-!-display-block">
                  {capitalised(contactTypeWords[contactType].singular)}
                </span>
              ) : null}
            </dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body app-contact-detail__value">
                <span className="govuk-!-font-weight-bold">{value}</span>
                {detail.sourceServiceArea.isDefault && !isHistoric ? (
                  <strong className="govuk-tag govuk-tag--green">Default</strong>
                ) : null}
                {ownerText(detail)}
              </p>
              {description === null ? null : <p className="govuk-body-s app-contact-detail__meta">{description}</p>}
              {detail.isOwnedByCaller ? null : (
                <p className="govuk-body-s app-secondary-text app-contact-detail__meta">
                  Shared with you by {serviceAreaLabels[detail.sourceServiceArea.area]}
                </p>
              )}
              {dates === undefined ? null : (
                <p className="govuk-body-s app-secondary-text app-contact-detail__meta">{dates}</p>
              )}
              <ConsentList detail={detail} onWithdraw={onWithdrawConsent} busyConsentId={busyConsentId} />
            </dd>
            {actions.length === 0 ? null : (
              <dd className="govuk-summary-list__actions app-contact-detail__actions">
                <ul className="govuk-summary-list__actions-list">
                  {actions.map((action) => (
                    <li className="govuk-summary-list__actions-list-item" key={action}>
                      <button
                        type="button"
                        className="app-link-button"
                        disabled={busyId === detail.id}
                        aria-label={actionName(action, value)}
                        onClick={() => onAction?.(action, detail)}
                      >
                        {actionLabels[action]}
                      </button>
                    </li>
                  ))}
                </ul>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
