import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactDetail, TContactType } from "@housing/schemas/contact-details";
import { Link } from "react-router";
import { AddContactDetailForm } from "./add-contact-detail-form.tsx";
import { shareableAreas } from "./contact-consent-form.ts";
import type { TWithdrawConsent } from "./contact-consents.tsx";
import { type TContactAction, ContactDetailRows } from "./contact-detail-rows.tsx";
import { contactTypeWords, subTypeLabels } from "./contact-detail-labels.ts";
import { addBlockedReason, displayValue } from "./contact-details-view.ts";
import { ShareContactDetailForm } from "./share-contact-detail-form.tsx";
import { type THrefWith, addParam, shareParam } from "./use-contact-details-links.ts";

type TContactTypeGroupProps = {
  personId: string;
  contactType: TContactType;
  /** This type's current records. */
  group: readonly TContactDetail[];
  /** All the person's records, for what may still be added. */
  details: readonly TContactDetail[];
  areas: readonly TServiceArea[];
  addType: TContactType | undefined;
  shareId: string | null;
  hrefWith: THrefWith;
  busyId: string | undefined;
  busyConsentId: string | undefined;
  onAction: (action: TContactAction, detail: TContactDetail) => void;
  onWithdrawConsent: TWithdrawConsent;
  onAddClicked: () => void;
  /** A form saved: it closes and the section says what was done. */
  onFormDone: (formParam: string, message: string) => void;
  onSettled: () => void;
};

/** One contact type's current records ("Phone numbers"), with its share form, add form or add button. */
export function ContactTypeGroup(props: TContactTypeGroupProps) {
  const { contactType, group, details, areas, addType, shareId, hrefWith } = props;
  const words = contactTypeWords[contactType];
  const blockedReason = addBlockedReason(details, contactType, areas);
  const isAdding = addType === contactType && blockedReason === undefined && areas.length > 0;
  const sharing = group.find(
    (detail) => detail.id === shareId && detail.isOwnedByCaller && shareableAreas(detail).length > 0,
  );
  return (
    <div className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s">{words.heading}</h3>
      {group.length === 0 ? (
        <p className="govuk-body app-secondary-text">No {words.plural} recorded.</p>
      ) : (
        <ContactDetailRows
          details={group}
          busyId={props.busyId}
          onAction={props.onAction}
          onWithdrawConsent={props.onWithdrawConsent}
          busyConsentId={props.busyConsentId}
        />
      )}
      {sharing === undefined ? null : (
        <ShareContactDetailForm
          key={sharing.id}
          detail={sharing}
          closeHref={hrefWith({ [shareParam]: null })}
          onShared={(message) => props.onFormDone(shareParam, message)}
          onSettled={props.onSettled}
        />
      )}
      {isAdding ? (
        <AddContactDetailForm
          key={contactType}
          personId={props.personId}
          contactType={contactType}
          areas={areas}
          details={details}
          closeHref={hrefWith({ [addParam]: null })}
          onAdded={(added) =>
            props.onFormDone(
              addParam,
              `${subTypeLabels[added.contactInformation.subType]} ${displayValue(added)} has been added`,
            )
          }
        />
      ) : areas.length === 0 ? null : (
        <AddContactDetailButton
          contactType={contactType}
          blockedReason={blockedReason}
          href={hrefWith({ [addParam]: contactType, [shareParam]: null })}
          onClick={props.onAddClicked}
        />
      )}
    </div>
  );
}

type TAddContactDetailButtonProps = {
  contactType: TContactType;
  /** Why nothing more of this type may be added; the button is then disabled and says why. */
  blockedReason: string | undefined;
  href: string;
  onClick: () => void;
};

function AddContactDetailButton({ contactType, blockedReason, href, onClick }: TAddContactDetailButtonProps) {
  const words = contactTypeWords[contactType];
  const reasonId = `add-contact-${contactType}-reason`;
  if (blockedReason === undefined) {
    return (
      <Link
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        role="button"
        to={href}
        preventScrollReset
        onClick={onClick}
      >
        {words.addLabel}
      </Link>
    );
  }
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        disabled
        aria-disabled="true"
        aria-describedby={reasonId}
      >
        {words.addLabel}
      </button>
      <p className="govuk-hint" id={reasonId}>
        {blockedReason}
      </p>
    </>
  );
}
