import type { TContactDetail } from "@housing/schemas/contact-details";
import { useState } from "react";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { trpc } from "../trpc.ts";
import { contactTypeWords, serviceAreaInSentence, serviceAreaLabels } from "./contact-detail-labels.ts";
import { type TConsent, consentText, currentConsents } from "./contact-consent-form.ts";
import { actionProblem, displayValue } from "./contact-details-view.ts";

export type TWithdrawConsent = (detail: TContactDetail, consent: TConsent) => void;

type TConsentListProps = {
  detail: TContactDetail;
  onWithdraw?: TWithdrawConsent | undefined;
  /** The consent being withdrawn: its button waits. */
  busyConsentId?: string | undefined;
};

/** Who an owned record is shared with, each consent with its own "Withdraw consent". */
export function ConsentList({ detail, onWithdraw, busyConsentId }: TConsentListProps) {
  const consents = detail.isOwnedByCaller ? currentConsents(detail.consents) : [];
  if (consents.length === 0) return null;
  const value = displayValue(detail);
  return (
    <ul className="govuk-list govuk-body-s app-contact-detail__meta">
      {consents.map((consent) => (
        <li key={consent.id} className="app-contact-consent">
          <span className="app-secondary-text">{consentText(consent)}</span>
          {onWithdraw === undefined ? null : (
            <button
              type="button"
              className="app-link-button"
              disabled={busyConsentId === consent.id}
              aria-label={`Withdraw consent for ${serviceAreaInSentence(consent.grantedToArea)} to see ${value}`}
              onClick={() => onWithdraw(detail, consent)}
            >
              Withdraw consent
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

type TWithdrawConsentOptions = {
  onDone: (message: string) => void;
  onProblem: (message: string) => void;
  /** After any attempt: the list shows what was recorded. */
  onSettled: () => void;
};

/** Withdrawing a consent, after a confirmation dialog: `ask` opens it, `dialog` is to be rendered. */
export function useWithdrawConsent({ onDone, onProblem, onSettled }: TWithdrawConsentOptions) {
  const revoke = trpc.contactDetails.revokeConsent.useMutation();
  const [asking, setAsking] = useState<{ detail: TContactDetail; consent: TConsent } | null>(null);

  function withdraw(detail: TContactDetail, consent: TConsent) {
    revoke.mutate(
      { contactDetailId: detail.id, consentId: consent.id },
      {
        onSuccess: () =>
          onDone(`${serviceAreaLabels[consent.grantedToArea]} can no longer see ${displayValue(detail)}`),
        onError: (error) => onProblem(actionProblem(error, detail)),
        onSettled,
      },
    );
  }

  const area = asking === null ? "" : serviceAreaInSentence(asking.consent.grantedToArea);
  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={asking === null ? "" : `Withdraw consent for ${area} to see ${displayValue(asking.detail)}?`}
      confirmLabel="Withdraw consent"
      cancelLabel="Cancel"
      isDestructive
      onConfirm={() => {
        if (asking !== null) withdraw(asking.detail, asking.consent);
        setAsking(null);
      }}
      onCancel={() => setAsking(null)}
    >
      <p className="govuk-body">
        Staff in {area} will no longer see this{" "}
        {asking === null ? "" : contactTypeWords[asking.detail.contactInformation.contactType].singular}. The consent
        stays in the record&apos;s history.
      </p>
    </ConfirmDialog>
  );

  return {
    dialog,
    ask: (detail: TContactDetail, consent: TConsent) => setAsking({ detail, consent }),
    busyConsentId: revoke.isPending ? revoke.variables.consentId : undefined,
  };
}
