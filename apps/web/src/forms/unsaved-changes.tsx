import { useCallback, useEffect, useRef } from "react";
import { type BlockerFunction, useBlocker } from "react-router";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";

/**
 * Guards a form with unsaved changes: leaving it inside the app (Cancel, Back, any link, the
 * browser's back button) asks first in a dialog; closing or reloading the tab gets the browser's own
 * question. Call `allowLeaving()` just before navigating away on purpose, e.g. after saving.
 */
export function useUnsavedChangesGuard(hasUnsavedChanges: boolean) {
  const leavingOnPurpose = useRef(false);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      hasUnsavedChanges && !leavingOnPurpose.current && currentLocation.pathname !== nextLocation.pathname,
    [hasUnsavedChanges],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    function warnBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener("beforeunload", warnBeforeUnload);
    return () => window.removeEventListener("beforeunload", warnBeforeUnload);
  }, [hasUnsavedChanges]);

  const allowLeaving = useCallback(() => {
    leavingOnPurpose.current = true;
  }, []);

  const dialog = (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      title="Discard your changes?"
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      isDestructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p className="govuk-body">
        You have changed this form but not saved it. If you leave now, your changes will be lost.
      </p>
    </ConfirmDialog>
  );

  return { dialog, allowLeaving };
}
