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

function EditPersonForm({ loaded }: { loaded: TPerson }) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const updatePerson = trpc.person.update.useMutation();
  const [base, setBase] = useState(loaded);
  const [values, setValues] = useState<TPersonDetailsValues>(() => detailsValuesFromPerson(loaded));
  const [problems, setProblems] = useState<TFormProblem[]>([]);
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const [isOnLatest, setIsOnLatest] = useState(false);
  const changes = changesFromValues(base, values);
  const guard = useUnsavedChangesGuard(Object.keys(changes).length > 0);
  const personPath = `/persons/${base.id}`;

  function leaveFor(banner: "saved" | "unchanged") {
    guard.allowLeaving();
    void navigate(personPath, { replace: true, state: personPageState(banner) });
  }

  async function showConflict() {
    setProblems([]);
    try {
      const latest = await utils.client.person.get.query({ id: base.id });
      utils.person.get.setData({ id: base.id }, latest);
      setConflict({ latest });
    } catch {
      setConflict({ latest: undefined });
    }
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

  return (
    <>
      <PageTitle title={pageTitle} hasErrors={problems.length > 0 || conflict !== null} />
      {guard.dialog}
      <Link className="govuk-back-link" to={personPath}>
        Back<span className="govuk-visually-hidden"> to {fullName(base)}</span>
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {conflict === null ? null : (
            <EditConflict loaded={base} latest={conflict.latest} values={values} onLoadLatest={loadLatest} />
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
          <form onSubmit={handleSubmit} noValidate aria-label={pageTitle}>
            <PersonDetailsFields
              values={values}
              errors={errorsByField(problems)}
              onChange={setValues}
              showDateOfDeath
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={updatePerson.isPending}>
                Save changes
              </button>
              <Link className="govuk-link" to={personPath}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

/** /persons/:id/edit — change a person's name and personal details, without overwriting anyone else's. */
export function EditPersonPage() {
  const canEdit = useCanManagePersons();
  if (!canEdit) {
    return (
      <>
        <PageTitle title={pageTitle} />
        <h1 className="govuk-heading-l">You cannot edit this person</h1>
        <p className="govuk-body">
          Only housing officers, housing managers and administrators can change person records.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to=".." relative="path">
            Go back to the person&apos;s record
          </Link>
        </p>
      </>
    );
  }
  return (
    <PersonLoader pageTitle={pageTitle}>{(person) => <EditPersonForm key={person.id} loaded={person} />}</PersonLoader>
  );
}
