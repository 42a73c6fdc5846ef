import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { ZAssetChanges } from "@housing/schemas/asset";
import type { TAsset } from "@housing/schemas/tenure";
import type { FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { saveFailureMessage } from "../forms/save-failure.ts";
import { useEditedVersion } from "../forms/use-edited-version.ts";
import { PageTitle } from "../layout/page-title.tsx";
import { TwoThirdsColumn } from "../person/person-form-parts.tsx";
import { trpc } from "../trpc.ts";
import { propertyPageState } from "./property-edit-action.tsx";
import { PropertyEditConflict } from "./property-edit-conflict.tsx";
import { PropertyEditFields } from "./property-edit-fields.tsx";
import { useCanEditProperties } from "./property-edit-roles.ts";
import {
  type TPropertyChanges,
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
  const message = saveFailureMessage(error, {
    forbidden: "You do not have permission to edit this property",
    gone: "This property no longer exists",
  });
  return [{ field: undefined, targetId: undefined, message }];
}

/** The form as typed against the version it started from; saving it; catching up after a conflict. */
function useEditProperty(loaded: TAsset) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const update = trpc.asset.update.useMutation();
  const { base, values, setProblems, changes, guard, showConflict, ...form } = useEditedVersion<
    TAsset,
    TPropertyValues,
    TPropertyChanges,
    TPropertyProblem
  >(loaded, {
    fetchLatest: async ({ id }) => {
      const latest = await utils.client.asset.get.query({ id });
      utils.asset.get.setData({ id }, latest);
      return latest;
    },
    valuesOf: valuesFromAsset,
    changesOf: changesFromValues,
    rebase: rebaseValues,
  });
  const propertyPath = `/properties/${base.id}`;

  function leaveFor(banner: "saved" | "unchanged") {
    guard.allowLeaving();
    void navigate(propertyPath, { replace: true, state: propertyPageState(banner) });
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
          void utils.asset.activity.invalidate({ id: saved.id });
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

  return { ...form, base, values, guard, propertyPath, handleSubmit };
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
