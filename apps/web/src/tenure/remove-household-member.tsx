import type { TTenure } from "@housing/schemas/tenure";
import { useState } from "react";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { trpc } from "../trpc.ts";
import type { THouseholdMember } from "./household-members.ts";

/** Asking to take a member off the household, and doing it once confirmed; their person types follow on the server. */
export function useRemoveHouseholdMember(tenure: TTenure, onRemoved: (message: string) => void) {
  const utils = trpc.useUtils();
  const remove = trpc.tenure.removeHouseholdMember.useMutation();
  const [member, setMember] = useState<THouseholdMember>();
  const [failed, setFailed] = useState(false);

  function confirm() {
    if (member === undefined) return;
    const removing = member;
    setMember(undefined);
    remove.mutate(
      { tenureId: tenure.id, personId: removing.id },
      {
        onSuccess: (changed) => {
          utils.tenure.get.setData({ id: changed.id }, changed);
          void utils.person.get.invalidate({ id: removing.id });
          void utils.tenure.activity.invalidate({ id: changed.id });
          setFailed(false);
          onRemoved(`${removing.fullName} has been removed from the household`);
        },
        onError: () => {
          setFailed(true);
          void utils.tenure.get.invalidate({ id: tenure.id });
        },
      },
    );
  }

  const dialog = (
    <ConfirmDialog
      open={member !== undefined}
      title="Remove this person from the household?"
      confirmLabel="Yes, remove them"
      cancelLabel="No, keep them"
      isDestructive
      onConfirm={confirm}
      onCancel={() => setMember(undefined)}
    >
      <p className="govuk-body">
        {member?.fullName} will no longer be on tenure {tenure.paymentReference}. Their person record stays.
      </p>
    </ConfirmDialog>
  );
  return { ask: setMember, dialog, failed, isPending: remove.isPending };
}
