import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { ZAssetChanges } from "@housing/schemas/asset";
import type { TAsset } from "@housing/schemas/tenure";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { useUnsavedChangesGuard } from "../forms/unsaved-changes.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { TwoThirdsColumn } from "../person/person-form-parts.tsx";
import { trpc } from "../trpc.ts";
import { propertyPageState } from "./property-edit-action.tsx";
import { PropertyEditConflict } from "./property-edit-conflict.tsx";
import { PropertyEditFields } from "./property-edit-fields.tsx";
import { useCanEditProperties } from "./property-edit-roles.ts";
import {
  type TPropertyProblem,
  type TPropertyValues,
  changesFromValues,
  errorsByField,
  problemsFrom,
  rebaseValues,
  valuesFromAsset,
} from "./property-form.ts";
import { propertyTitle } from "./property-labels.ts";
import { PropertyLoader } from "./property-loader.tsx";

const pageTitle = "Edit property";

function problemFor(error: unknown): TPropertyProblem[] {
  const status = httpStatusOf(error);
  const message =
    status === 403
      ? "You do not have permission to edit this property"
      : status === 404
        ? "This property no longer exists"
        : "Sorry, your changes could not be saved. Try again, and if it keeps happening contact the service desk";
  return [{ field: undefined, targetId: undefined, message }];
}

/** After a 409: the latest version, once fetched (undefined if fetching it failed too). */
type TConflict = { latest: TAsset | undefined };

/** The form as typed against the version it started from; saving it; catching up after a conflict. */
function useEditProperty(loaded: TAsset) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const update = trpc.asset.update.useMutation();
  const [base, setBase] = useState(loaded);
  const [values, setValues] = useState<TPropertyValues>(() => valuesFromAsset(loaded));
  const [problems, setProblems] = useState<TPropertyProblem[]>([]);
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const [isOnLatest, setIsOnLatest] = useState(false);
  const changes = changesFromValues(base, values);
  const guard = useUnsavedChangesGuard(Object.keys(changes).length > 0);
  const propertyPath = `/properties/${base.id}`;

  function leaveFor(banner: "saved" | "unchanged") {
    guard.allowLeaving();
    void navigate(propertyPath, { replace: true, state: propertyPageState(banner) });
  }

  async function showConflict() {
    setProblems([]);
    const latest = await utils.client.asset.get.query({ id: base.id }).catch(() => undefined);
    if (latest !== undefined) utils.asset.get.setData({ id: base.id }, latest);
    setConflict({ latest });
  }

  function loadLatest() {
    const latest = conflict?.latest;
    if (latest === undefined) {
      void showConflict();
      return;
    }
    setValues(rebaseValues(base, latest, values));
    setBase(latest);
    setConflict(null);
    setIsOnLatest(true);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Object.keys(changes).length === 0) return leaveFor("unchanged");
    const parsed = ZAssetChanges.safeParse(changes);
    if (!parsed.success) return setProblems(problemsFrom(fieldErrorsFromIssues(parsed.error.issues)));
    update.mutate(
      { id: base.id, version: base.version, data: changes },
      {
        onSuccess: (saved) => {
          utils.asset.get.setData({ id: saved.id }, saved);
          void utils.asset.children.invalidate();
          leaveFor("saved");
        },
        onError: (error) => {
          if (httpStatusOf(error) === 409) return void showConflict();
          const fieldProblems = problemsFrom(fieldErrorsOf(error));
          setProblems(fieldProblems.length > 0 ? fieldProblems : problemFor(error));
        },
      },
    );
  }

  return { base, values, setValues, problems, conflict, isOnLatest, guard, propertyPath, loadLatest, handleSubmit };
}

function EditPropertyForm({ loaded }: { loaded: TAsset }) {
  const { base, values, setValues, problems, conflict, isOnLatest, guard, propertyPath, ...edit } =
    useEditProperty(loaded);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={problems.length > 0 || conflict !== null} />
      {guard.dialog}
      <Link className="govuk-back-link" to={propertyPath}>
        Back<span className="govuk-visually-hidden"> to {propertyTitle(base)}</span>
      </Link>
      <TwoThirdsColumn>
        {conflict === null ? null : (
          <PropertyEditConflict loaded={base} latest={conflict.latest} values={values} onLoadLatest={edit.loadLatest} />
        )}
        {isOnLatest && conflict === null ? (
          <NotificationBanner titleId="latest-version-title" heading="You are now editing the latest version">
            <p className="govuk-body">Your changes are still in the form. Check them and save again.</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary errors={problems} />
        <span className="govuk-caption-l">{propertyTitle(base)}</span>
        <h1 className="govuk-heading-l">{pageTitle}</h1>
        <form onSubmit={edit.handleSubmit} noValidate aria-label={pageTitle}>
          <PropertyEditFields values={values} errors={errorsByField(problems)} onChange={setValues} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Save changes
            </button>
            <Link className="govuk-link" to={propertyPath}>
              Cancel
            </Link>
          </div>
        </form>
      </TwoThirdsColumn>
    </>
  );
}

/** /properties/:id/edit — change a property's address and management flags (housing managers and administrators). */
export function EditPropertyPage() {
  if (!useCanEditProperties()) {
    return (
      <>
        <PageTitle title={pageTitle} />
        <h1 className="govuk-heading-l">You cannot edit this property</h1>
        <p className="govuk-body">Only housing managers and administrators can change a property&apos;s details.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to=".." relative="path">
            Go back to the property
          </Link>
        </p>
      </>
    );
  }
  return <PropertyLoader>{(asset) => <EditPropertyForm key={asset.id} loaded={asset} />}</PropertyLoader>;
}
