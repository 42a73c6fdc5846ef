import type { TContactDetail } from "@housing/schemas/contact-details";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { FocusedSuccessBanner } from "../components/focused-success-banner.tsx";
import { SectionLoadFailed, SectionLoading } from "../components/section-load-state.tsx";
import { trpc } from "../trpc.ts";
import { contactTypeWords } from "./contact-detail-labels.ts";
import { displayValue, groupActive } from "./contact-details-view.ts";
import { ContactTypeGroup } from "./contact-type-group.tsx";
import { HistoricContactDetails } from "./historic-contact-details.tsx";
import { PreferredContactMethods } from "./preferred-contact-methods.tsx";
import "./contact-details.scss";
import { useContactDetailActions } from "./use-contact-detail-actions.ts";
import { useContactDetailsLinks } from "./use-contact-details-links.ts";
import { useUserServiceAreas } from "./use-service-areas.ts";
import { contactDetailsListInput } from "./contact-details-queries.ts";

/**
 * The person's phone numbers, email addresses and addresses that the officer's service areas own or
 * were given by consent; owners can add, make a default, mark historic, and share a record with
 * another area by the person's consent or withdraw that consent.
 */
export function ContactDetailsSection({ personId }: { personId: string }) {
  const areas = useUserServiceAreas();
  const { showHistoric, addType, shareId, hrefWith } = useContactDetailsLinks();
  const list = trpc.contactDetails.list.useQuery(
    contactDetailsListInput(personId, showHistoric),
    // While history loads, the current records stay on screen (the loader remounts this for another person).
    { placeholderData: (previous) => previous },
  );
  const actions = useContactDetailActions(personId, hrefWith);

  let content;
  if (list.data === undefined) {
    content = list.isError ? (
      <SectionLoadFailed what="the contact details" retry={() => void list.refetch()} />
    ) : (
      <SectionLoading>Loading contact details…</SectionLoading>
    );
  } else {
    const details = list.data.results;
    content = (
      <>
        {groupActive(details).map(({ contactType, details: group }) => (
          <ContactTypeGroup
            key={contactType}
            {...{ personId, contactType, group, details, areas, addType, shareId, hrefWith }}
            busyId={actions.busyId}
            busyConsentId={actions.busyConsentId}
            onAction={actions.handleAction}
            onWithdrawConsent={actions.askToWithdraw}
            onAddClicked={actions.clearMessages}
            onFormDone={actions.closeFormSaying}
            onSettled={actions.invalidate}
          />
        ))}
        <HistoricContactDetails
          details={details}
          showHistoric={showHistoric}
          isLoading={list.isPlaceholderData}
          hrefWith={hrefWith}
          onWithdrawConsent={actions.askToWithdraw}
          busyConsentId={actions.busyConsentId}
        />
      </>
    );
  }

  return (
    <section id="contact-details" aria-labelledby="contact-details-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="contact-details-heading">
        Contact details
      </h2>
      <ErrorSummary errors={actions.problemSummary} />
      {actions.done === null ? null : (
        <FocusedSuccessBanner titleId="contact-details-banner-title" message={actions.done} />
      )}
      {content}
      <PreferredContactMethods personId={personId} areas={areas} />
      {actions.withdrawConsentDialog}
      <MarkHistoricDialog
        detail={actions.confirming}
        onConfirm={(detail) => actions.change(detail, "markHistoric")}
        onClose={() => actions.setConfirming(null)}
      />
    </section>
  );
}

type TMarkHistoricDialogProps = {
  /** The record to ask about; the dialog is closed while this is null. */
  detail: TContactDetail | null;
  onConfirm: (detail: TContactDetail) => void;
  onClose: () => void;
};

function MarkHistoricDialog({ detail, onConfirm, onClose }: TMarkHistoricDialogProps) {
  return (
    <ConfirmDialog
      open={detail !== null}
      title={detail === null ? "" : `Mark ${displayValue(detail)} as historic?`}
      confirmLabel="Mark as historic"
      cancelLabel="Cancel"
      isDestructive
      onConfirm={() => {
        if (detail !== null) onConfirm(detail);
        onClose();
      }}
      onCancel={onClose}
    >
      <p className="govuk-body">
        It will no longer be used as a current{" "}
        {detail === null ? "" : contactTypeWords[detail.contactInformation.contactType].singular}. It stays on the
        record, and Show historic lists it with the dates it was used.
      </p>
    </ConfirmDialog>
  );
}
