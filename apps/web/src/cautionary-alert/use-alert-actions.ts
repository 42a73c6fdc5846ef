import type { TAlertTarget } from "@housing/schemas/cautionary-alert";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import type { TErrorSummaryItem } from "../components/error-summary.tsx";
import { trpc } from "../trpc.ts";
import { toSummaryItems } from "./alert-forms.ts";

/** What the server said was wrong, as error summary items: its field errors, or its message. */
export function serverErrors(error: unknown, fieldIds: Record<string, string>, fallback: string): TErrorSummaryItem[] {
  const fieldErrors = toSummaryItems(fieldErrorsOf(error), fieldIds);
  if (fieldErrors.length > 0) return fieldErrors;
  const status = httpStatusOf(error);
  if ((status === 409 || status === 403) && error instanceof Error) return [{ message: error.message }];
  return [{ message: fallback }];
}

/** Raising and ending a target's alerts; both refresh the target's list (and so its warning) and its activity. */
export function useAlertActions(target: TAlertTarget) {
  const utils = trpc.useUtils();
  const activities = {
    person: utils.person.activity,
    tenure: utils.tenure.activity,
    asset: utils.asset.activity,
  } as const;
  const refresh = async () => {
    void activities[target.targetType].invalidate({ id: target.targetId });
    await utils.cautionaryAlert.list.invalidate(target);
  };
  const raise = trpc.cautionaryAlert.raise.useMutation({ onSuccess: refresh });
  const end = trpc.cautionaryAlert.end.useMutation({ onSuccess: refresh, onError: refresh });
  return { raise, end };
}
