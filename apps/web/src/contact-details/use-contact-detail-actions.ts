import type { TContactDetail } from "@housing/schemas/contact-details";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { trpc } from "../trpc.ts";
import { type TWithdrawConsent, useWithdrawConsent } from "./contact-consents.tsx";
import type { TContactAction } from "./contact-detail-rows.tsx";
import { contactTypeWords, serviceAreaInSentence } from "./contact-detail-labels.ts";
import { actionProblem, displayValue } from "./contact-details-view.ts";
import { type THrefWith, addParam, shareParam } from "./use-contact-details-links.ts";

/** What the section says after an action: what was done (a success banner) or a problem (the error summary). */
function useSectionMessages() {
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // One array per problem: the summary takes focus whenever it is given a new one.
  const problemSummary = useMemo(() => (problem === null ? [] : [{ message: problem }]), [problem]);

  function clearMessages() {
    setDone(null);
    setProblem(null);
  }

  function announce(message: string) {
    setProblem(null);
    setDone(message);
  }

  return { done, setDone, setProblem, problemSummary, clearMessages, announce };
}

/**
 * Saving a change to one of the person's contact details (make default, mark historic, withdraw a consent),
 * opening and closing its forms, and what the section then says: a success banner or a problem in the error summary.
 */
export function useContactDetailActions(personId: string, hrefWith: THrefWith) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const update = trpc.contactDetails.update.useMutation();
  const [confirming, setConfirming] = useState<TContactDetail | null>(null);
  const { done, setDone, setProblem, problemSummary, clearMessages, announce } = useSectionMessages();

  function invalidate() {
    void utils.contactDetails.list.invalidate({ targetId: personId });
    void utils.person.activity.invalidate({ id: personId });
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

  function change(detail: TContactDetail, action: Exclude<TContactAction, "share">) {
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

  /** After a form saved: it closes and the banner says what was done. */
  function closeFormSaying(formParam: string, message: string) {
    announce(message);
    void navigate(hrefWith({ [formParam]: null }), { replace: true, preventScrollReset: true });
  }

  function handleAction(action: TContactAction, detail: TContactDetail) {
    if (action === "markHistoric") setConfirming(detail);
    else if (action === "share") {
      clearMessages();
      void navigate(hrefWith({ [shareParam]: detail.id, [addParam]: null }), { preventScrollReset: true });
    } else change(detail, action);
  }

  return {
    done,
    problemSummary,
    confirming,
    setConfirming,
    busyId: update.isPending ? update.variables.id : undefined,
    busyConsentId: withdrawConsent.busyConsentId,
    withdrawConsentDialog: withdrawConsent.dialog,
    invalidate,
    clearMessages,
    announce,
    askToWithdraw,
    change,
    closeFormSaying,
    handleAction,
  };
}
