import { type TContactDetail, type TContactType, contactTypes } from "@housing/schemas/contact-details";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { SectionLoadFailed, SectionLoading } from "../components/section-load-state.tsx";
import { trpc } from "../trpc.ts";
import { AddContactDetailForm } from "./add-contact-detail-form.tsx";
import { shareableAreas } from "./contact-consent-form.ts";
import { type TWithdrawConsent, useWithdrawConsent } from "./contact-consents.tsx";
import { type TContactAction, ContactDetailRows } from "./contact-detail-rows.tsx";
import { contactTypeWords, serviceAreaInSentence, subTypeLabels } from "./contact-detail-labels.ts";
import { actionProblem, addBlockedReason, displayValue, groupActive, historicDetails } from "./contact-details-view.ts";
import { PreferredContactMethods } from "./preferred-contact-methods.tsx";
import { ShareContactDetailForm } from "./share-contact-detail-form.tsx";
import "./contact-details.scss";
import { useUserServiceAreas } from "./use-service-areas.ts";

// They live in the address, so a reload or a shared link keeps them: ?addContact=phone,
// ?shareContact=<id>, ?contactHistory=shown.
const addParam = "addContact";
const shareParam = "shareContact";
const historyParam = "contactHistory";

function contactTypeFrom(value: string | null): TContactType | undefined {
  return contactTypes.find((type) => type === value);
}

/**
 * The person's phone numbers, email addresses and addresses that the officer's service areas own or
 * were given by consent; owners can add, make a default, mark historic, and share a record with
 * another area by the person's consent or withdraw that consent.
 */
export function ContactDetailsSection({ personId }: { personId: string }) {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const areas = useUserServiceAreas();
  const utils = trpc.useUtils();
  const showHistoric = searchParams.get(historyParam) === "shown";
  const addType = contactTypeFrom(searchParams.get(addParam));
  const shareId = searchParams.get(shareParam);
  const list = trpc.contactDetails.list.useQuery(
    { targetId: personId, includeHistoric: showHistoric },
    // While history loads, the current records stay on screen (the loader remounts this for another person).
    { placeholderData: (previous) => previous },
  );
  const update = trpc.contactDetails.update.useMutation();
  const [confirming, setConfirming] = useState<TContactDetail | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  // One array per problem: the summary takes focus whenever it is given a new one.
  const problemSummary = useMemo(() => (problem === null ? [] : [{ message: problem }]), [problem]);

  useEffect(() => {
    if (done !== null) bannerRef.current?.focus();
  }, [done]);

  function hrefWith(changes: Record<string, string | null>): string {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    return query === "" ? pathname : `${pathname}?${query}`;
  }

  function invalidate() {
    void utils.contactDetails.list.invalidate({ targetId: personId });
    void utils.person.activity.invalidate({ id: personId });
  }

  function clearMessages() {
    setDone(null);
    setProblem(null);
  }

  function announce(message: string) {
    setProblem(null);
    setDone(message);
  }

  /** After a form saved: it closes and the banner says what was done. */
  function closeFormSaying(formParam: string, message: string) {
    announce(message);
    void navigate(hrefWith({ [formParam]: null }), { replace: true, preventScrollReset: true });
  }

  const withdrawConsent = useWithdrawConsent({
    onDone: announce,
    onProblem: setProblem,
    onSettled: invalidate,
  });

  const askToWithdraw: TWithdrawConsent = (detail, consent) => {
    clearMessages();
    withdrawConsent.ask(detail, consent);
  };

  function change(detail: TContactDetail, action: TContactAction) {
    const value = displayValue(detail);
    const words = contactTypeWords[detail.contactInformation.contactType];
    clearMessages();
    update.mutate(
      {
        id: detail.id,
        version: detail.version,
        data: action === "markHistoric" ? { isActive: false } : { sourceServiceArea: { isDefault: true } },
      },
      {
        onSuccess: () => {
          setDone(
            action === "markHistoric"
              ? `${value} has been marked as historic`
              : `${value} is now the default ${words.singular} for ${serviceAreaInSentence(detail.sourceServiceArea.area)}`,
          );
        },
        onError: (error) => setProblem(actionProblem(error, detail)),
        onSettled: invalidate,
      },
    );
  }

  function handleAction(action: TContactAction, detail: TContactDetail) {
    if (action === "markHistoric") setConfirming(detail);
    else if (action === "share") {
      clearMessages();
      void navigate(hrefWith({ [shareParam]: detail.id, [addParam]: null }), { preventScrollReset: true });
    } else change(detail, action);
  }

  let content;
  if (list.data === undefined) {
    content = list.isError ? (
      <SectionLoadFailed what="the contact details" retry={() => void list.refetch()} />
    ) : (
      <SectionLoading>Loading contact details…</SectionLoading>
    );
  } else {
    const details = list.data.results;
    const historic = historicDetails(details);
    content = (
      <>
        {groupActive(details).map(({ contactType, details: group }) => {
          const words = contactTypeWords[contactType];
          const blockedReason = addBlockedReason(details, contactType, areas);
          const reasonId = `add-contact-${contactType}-reason`;
          const isAdding = addType === contactType && blockedReason === undefined && areas.length > 0;
          const sharing = group.find(
            (detail) => detail.id === shareId && detail.isOwnedByCaller && shareableAreas(detail).length > 0,
          );
          return (
            <div key={contactType} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">{words.heading}</h3>
              {group.length === 0 ? (
                <p className="govuk-body app-secondary-text">No {words.plural} recorded.</p>
              ) : (
                <ContactDetailRows
                  details={group}
                  busyId={update.isPending ? update.variables.id : undefined}
                  onAction={handleAction}
                  onWithdrawConsent={askToWithdraw}
                  busyConsentId={withdrawConsent.busyConsentId}
                />
              )}
              {sharing === undefined ? null : (
                <ShareContactDetailForm
                  key={sharing.id}
                  detail={sharing}
                  closeHref={hrefWith({ [shareParam]: null })}
                  onShared={(message) => closeFormSaying(shareParam, message)}
                  onSettled={invalidate}
                />
              )}
              {isAdding ? (
                <AddContactDetailForm
                  key={contactType}
                  personId={personId}
                  contactType={contactType}
                  areas={areas}
                  details={details}
                  closeHref={hrefWith({ [addParam]: null })}
                  onAdded={(added) =>
                    closeFormSaying(
                      addParam,
                      `${subTypeLabels[added.contactInformation.subType]} ${displayValue(added)} has been added`,
                    )
                  }
                />
              ) : areas.length === 0 ? null : blockedReason === undefined ? (
                <Link
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  role="button"
                  to={hrefWith({ [addParam]: contactType, [shareParam]: null })}
                  preventScrollReset
                  onClick={clearMessages}
                >
                  {words.addLabel}
                </Link>
              ) : (
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
              )}
            </div>
          );
        })}
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
            {list.isPlaceholderData ? (
              <p className="govuk-body" role="status">
                Loading historic contact details…
              </p>
            ) : historic.length === 0 ? (
              <p className="govuk-body app-secondary-text">There are no historic contact details.</p>
            ) : (
              <ContactDetailRows
                details={historic}
                isHistoric
                onWithdrawConsent={askToWithdraw}
                busyConsentId={withdrawConsent.busyConsentId}
              />
            )}
          </section>
        ) : null}
      </>
    );
  }

  return (
    <section id="contact-details" aria-labelledby="contact-details-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="contact-details-heading">
        Contact details
      </h2>
      <ErrorSummary errors={problemSummary} />
      {done === null ? null : (
        <div ref={bannerRef} tabIndex={-1}>
          <NotificationBanner type="success" titleId="contact-details-banner-title" heading={done} />
        </div>
      )}
      {content}
      <PreferredContactMethods personId={personId} areas={areas} />
      {withdrawConsent.dialog}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === null ? "" : `Mark ${displayValue(confirming)} as historic?`}
        confirmLabel="Mark as historic"
        cancelLabel="Cancel"
        isDestructive
        onConfirm={() => {
          if (confirming !== null) change(confirming, "markHistoric");
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      >
        <p className="govuk-body">
          It will no longer be used as a current{" "}
          {confirming === null ? "" : contactTypeWords[confirming.contactInformation.contactType].singular}. It stays on
          the record, and Show historic lists it with the dates it was used.
        </p>
      </ConfirmDialog>
    </section>
  );
}
