import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { type TPerson, ZPersonChanges } from "@housing/schemas/person";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { useCanManagePersons } from "../auth/user-roles.ts";
import { ErrorSummary } from "../components/error-summary.tsx";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { useUnsavedChangesGuard } from "../forms/unsaved-changes.tsx";
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

/** After a conflict: the latest version, once fetched (undefined if fetching it failed too). */
type TConflict = { latest: TPerson | undefined };

function problemFor(error: unknown): TFormProblem[] {
  const status = httpStatusOf(error);
  const message =
    status === 403
      ? "You do not have permission to edit this person"
      : status === 404
        ? "This person's record no longer exists"
        : "Sorry, your changes could not be saved. Try again, and if it keeps happening contact the service desk";
  return [{ field: undefined, targetId: undefined, message }];
}

/** The version the form edits and, after a conflict, the latest version to move the form onto. */
function useEditedVersion(loaded: TPerson, onConflict: () => void) {
  const utils = trpc.useUtils();
  const [base, setBase] = useState(loaded);
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const [isOnLatest, setIsOnLatest] = useState(false);

  async function showConflict() {
    onConflict();
    try {
      const latest = await utils.client.person.get.query({ id: base.id });
      utils.person.get.setData({ id: base.id }, latest);
      setConflict({ latest });
    } catch {
      setConflict({ latest: undefined });
    }
  }

  /** `rebase` carries the form's changes over; if the latest version could not be fetched, it is tried again. */
  function moveToLatest(rebase: (latest: TPerson) => void) {
    const latest = conflict?.latest;
    if (latest === undefined) {
      void showConflict();
      return;
    }
    rebase(latest);
    setBase(latest);
    setConflict(null);
    setIsOnLatest(true);
  }

  return { base, conflict, isOnLatest, showConflict, moveToLatest };
}

/** The form as typed against the version it started from, saving it, and catching up after a conflict. */
function useEditPerson(loaded: TPerson) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const updatePerson = trpc.person.update.useMutation();
  const [values, setValues] = useState<TPersonDetailsValues>(() => detailsValuesFromPerson(loaded));
  const [problems, setProblems] = useState<TFormProblem[]>([]);
  const { base, conflict, isOnLatest, showConflict, moveToLatest } = useEditedVersion(loaded, () => setProblems([]));
  const changes = changesFromValues(base, values);
  const guard = useUnsavedChangesGuard(Object.keys(changes).length > 0);
  const personPath = `/persons/${base.id}`;

  function leaveFor(banner: "saved" | "unchanged") {
    guard.allowLeaving();
    void navigate(personPath, { replace: true, state: personPageState(banner) });
  }

  function loadLatest() {
    moveToLatest((latest) => setValues(rebaseValues(base, latest, values)));
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

  return {
    base,
    values,
    setValues,
    problems,
    conflict,
    isOnLatest,
    guard,
    personPath,
    loadLatest,
    handleSubmit,
    isSaving: updatePerson.isPending,
  };
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
