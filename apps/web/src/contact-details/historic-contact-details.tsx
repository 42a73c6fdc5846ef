import type { TContactDetail } from "@housing/schemas/contact-details";
import { Link } from "react-router";
import type { TWithdrawConsent } from "./contact-consents.tsx";
import { ContactDetailRows } from "./contact-detail-rows.tsx";
import { historicDetails } from "./contact-details-view.ts";
import { type THrefWith, historyParam } from "./use-contact-details-links.ts";

type THistoricContactDetailsProps = {
  details: readonly TContactDetail[];
  showHistoric: boolean;
  /** The list shown still lacks the historic records: they are being loaded. */
  isLoading: boolean;
  hrefWith: THrefWith;
  onWithdrawConsent: TWithdrawConsent;
  busyConsentId: string | undefined;
};

/** "Show historic" / "Hide historic", and when shown the records no longer in use. */
export function HistoricContactDetails({
  details,
  showHistoric,
  isLoading,
  hrefWith,
  onWithdrawConsent,
  busyConsentId,
}: THistoricContactDetailsProps) {
  const historic = historicDetails(details);
  return (
    <>
      <Link
        className="govuk-link govuk-body govuk-!-display-inline-block govuk-!-margin-bottom-4"
        to={hrefWith({ [historyParam]: showHistoric ? null : "shown" })}
        preventScrollReset
        replace
      >
        {showHistoric ? "Hide historic" : "Show historic"}
        <span className="govuk-visually-hidden"> contact details</span>
      </Link>
      {showHistoric ? (
        <section className="govuk-!-margin-bottom-6" aria-labelledby="historic-contact-details-heading">
          <h3 className="govuk-heading-s" id="historic-contact-details-heading">
            Historic contact details
          </h3>
          {isLoading ? (
            <p className="govuk-body" role="status">
              Loading historic contact details…
            </p>
          ) : historic.length === 0 ? (
            <p className="govuk-body app-secondary-text">There are no historic contact details.</p>
          ) : (
            <ContactDetailRows
              details={historic}
              isHistoric
              onWithdrawConsent={onWithdrawConsent}
              busyConsentId={busyConsentId}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
