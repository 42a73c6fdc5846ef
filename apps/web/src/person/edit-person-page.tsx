import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { type TPerson, ZPersonChanges } from "@housing/schemas/person";
import type { FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { useCanManagePersons } from "../auth/user-roles.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { saveFailureMessage } from "../forms/save-failure.ts";
import { useEditedVersion } from "../forms/use-edited-version.ts";
import { PageTitle } from "../layout/page-title.tsx";
import { trpc } from "../trpc.ts";
import { EditConflict } from "./edit-conflict.tsx";
import { personPageState } from "./person-banner.tsx";
import { PersonDetailsFields } from "./person-details-fields.tsx";
import { NotAllowedToChangePersons, PersonFormButtons, TwoThirdsColumn } from "./person-form-parts.tsx";
import {
  type TFormProblem,
  type TPersonDetailsValues,
  changesFromValues,
  detailsValuesFromPerson,
  errorsByField,
  problemsFrom,
  rebaseValues,
} from "./person-form.ts";
import { PersonLoader } from "./person-loader.tsx";
import { fullName } from "./person-labels.ts";

const pageTitle = "Edit personal details";

function problemFor(error: unknown): TFormProblem[] {
  const message = saveFailureMessage(error, {
    forbidden: "You do not have permission to edit this person",
    gone: "This person's record no longer exists",
  });
  return [{ field: undefined, targetId: undefined, message }];
}

/** The form as typed against the version it started from, saving it, and catching up after a conflict. */
function useEditPerson(loaded: TPerson) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const updatePerson = trpc.person.update.useMutation();
  const { base, values, problems, setProblems, changes, guard, showConflict, ...form } = useEditedVersion<
    TPerson,
    TPersonDetailsValues,
    ReturnType<typeof changesFromValues>,
    TFormProblem
  >(loaded, {
    fetchLatest: async ({ id }) => {
      const latest = await utils.client.person.get.query({ id });
      utils.person.get.setData({ id }, latest);
      return latest;
    },
    valuesOf: detailsValuesFromPerson,
    changesOf: changesFromValues,
    rebase: rebaseValues,
  });
  const personPath = `/persons/${base.id}`;

  function leaveFor(banner: "saved" | "unchanged") {
    guard.allowLeaving();
    void navigate(personPath, { replace: true, state: personPageState(banner) });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (Object.keys(changes).length === 0) {
      leaveFor("unchanged");
      return;
    }
    const parsed = ZPersonChanges.safeParse(changes);
    if (!parsed.success) {
      setProblems(problemsFrom(fieldErrorsFromIssues(parsed.error.issues), values));
      return;
    }
    updatePerson.mutate(
      { id: base.id, version: base.version, data: changes },
      {
        onSuccess: (saved) => {
          utils.person.get.setData({ id: saved.id }, saved);
          void utils.person.activity.invalidate({ id: saved.id });
          leaveFor("saved");
        },
        onError: (error) => {
          if (httpStatusOf(error) === 409) {
            void showConflict();
            return;
          }
          const fieldProblems = problemsFrom(fieldErrorsOf(error), values);
          setProblems(fieldProblems.length > 0 ? fieldProblems : problemFor(error));
        },
      },
    );
  }

  return { ...form, base, values, problems, guard, personPath, handleSubmit, isSaving: updatePerson.isPending };
}

function EditPersonForm({ loaded }: { loaded: TPerson }) {
  const { base, values, setValues, problems, conflict, isOnLatest, guard, personPath, ...edit } = useEditPerson(loaded);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={problems.length > 0 || conflict !== null} />
      {guard.dialog}
      <Link className="govuk-back-link" to={personPath}>
        Back<span className="govuk-visually-hidden"> to {fullName(base)}</span>
      </Link>
      <TwoThirdsColumn>
        {conflict === null ? null : (
          <EditConflict loaded={base} latest={conflict.latest} values={values} onLoadLatest={edit.loadLatest} />
        )}
        {isOnLatest && conflict === null ? (
          <NotificationBanner
            titleId="latest-version-title"
            heading={`You are now editing the latest version, saved by ${base.modifiedBy.name}`}
          >
            <p className="govuk-body">Your changes are still in the form. Check them and save again.</p>
          </NotificationBanner>
        ) : null}
        <ErrorSummary errors={problems} />
        <span className="govuk-caption-l">{fullName(base)}</span>
        <h1 className="govuk-heading-l">{pageTitle}</h1>
        <form onSubmit={edit.handleSubmit} noValidate aria-label={pageTitle}>
          <PersonDetailsFields values={values} errors={errorsByField(problems)} onChange={setValues} showDateOfDeath />
          <PersonFormButtons label="Save changes" isBusy={edit.isSaving} cancel={{ to: personPath }} />
        </form>
      </TwoThirdsColumn>
    </>
  );
}

/** /persons/:id/edit — change a person's name and personal details, without overwriting anyone else's. */
export function EditPersonPage() {
  const canEdit = useCanManagePersons();
  if (!canEdit) {
    return (
      <NotAllowedToChangePersons
        pageTitle={pageTitle}
        heading="You cannot edit this person"
        explanation="Only housing officers, housing managers and administrators can change person records."
      >
        <Link className="govuk-link" to=".." relative="path">
          Go back to the person&apos;s record
        </Link>
      </NotAllowedToChangePersons>
    );
  }
  return (
    <PersonLoader pageTitle={pageTitle}>{(person) => <EditPersonForm key={person.id} loaded={person} />}</PersonLoader>
  );
}
