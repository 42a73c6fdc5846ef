import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import {
  type TCreatePerson,
  type TDuplicateCheckResult,
  ZCreatePersonInput,
  personTypes,
} from "@housing/schemas/person";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { useCanManagePersons } from "../auth/user-roles.ts";
import { Checkboxes } from "../components/checkboxes.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { Textarea } from "../components/textarea.tsx";
import { useUnsavedChangesGuard } from "../forms/unsaved-changes.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { trpc } from "../trpc.ts";
import { DuplicateWarning } from "./duplicate-warning.tsx";
import { personPageState } from "./person-banner.tsx";
import { PersonDetailsFields } from "./person-details-fields.tsx";
import {
  type TAddPersonValues,
  type TFormProblem,
  createInputFromValues,
  emptyAddPersonValues,
  errorsByField,
  problemsFrom,
} from "./person-form.ts";
import { fullName, personTypeLabels } from "./person-labels.ts";

type TStep = { name: "form" } | { name: "duplicates"; input: TCreatePerson; result: TDuplicateCheckResult };

const pageTitle = "Add a person";

function problemFor(error: unknown, action: string): TFormProblem[] {
  const status = httpStatusOf(error);
  const message =
    status === 403
      ? "You do not have permission to add a person"
      : `Sorry, we could not ${action}. Try again, and if it keeps happening contact the service desk`;
  return [{ field: undefined, targetId: undefined, message }];
}

function NotAllowed() {
  return (
    <>
      <PageTitle title={pageTitle} />
      <h1 className="govuk-heading-l">You cannot add a person</h1>
      <p className="govuk-body">Only housing officers, housing managers and administrators can add person records.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </>
  );
}

/** /persons/new — add a person, after checking they are not already on the system. */
export function AddPersonPage() {
  const canAdd = useCanManagePersons();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const createPerson = trpc.person.create.useMutation();
  const [values, setValues] = useState<TAddPersonValues>(emptyAddPersonValues);
  const [problems, setProblems] = useState<TFormProblem[]>([]);
  const [step, setStep] = useState<TStep>({ name: "form" });
  const [isChecking, setIsChecking] = useState(false);
  const hasChanges = JSON.stringify(values) !== JSON.stringify(emptyAddPersonValues);
  const guard = useUnsavedChangesGuard(hasChanges);
  const errors = errorsByField(problems);

  if (!canAdd) return <NotAllowed />;

  function showProblems(next: TFormProblem[]) {
    setProblems(next);
    setStep({ name: "form" });
  }

  function create(input: TCreatePerson) {
    createPerson.mutate(input, {
      onSuccess: (person) => {
        utils.person.get.setData({ id: person.id }, person);
        guard.allowLeaving();
        void navigate(`/persons/${person.id}`, { replace: true, state: personPageState("created") });
      },
      onError: (error) => {
        const fieldProblems = problemsFrom(fieldErrorsOf(error), values);
        showProblems(fieldProblems.length > 0 ? fieldProblems : problemFor(error, "add this person"));
      },
    });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreatePersonInput.safeParse(createInputFromValues(values));
    if (!parsed.success) {
      showProblems(problemsFrom(fieldErrorsFromIssues(parsed.error.issues), values));
      return;
    }
    setProblems([]);
    const { firstName, surname, dateOfBirth } = parsed.data;
    setIsChecking(true);
    try {
      const result = await utils.person.checkDuplicates.fetch({ firstName, surname, dateOfBirth }, { staleTime: 0 });
      if (result.candidates.length > 0) {
        setStep({ name: "duplicates", input: parsed.data, result });
        window.scrollTo(0, 0);
      } else {
        create(parsed.data);
      }
    } catch (error) {
      showProblems(problemFor(error, "check whether this person is already on the system"));
    } finally {
      setIsChecking(false);
    }
  }

  if (step.name === "duplicates") {
    return (
      <>
        <PageTitle title="This person may already exist" />
        {guard.dialog}
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <DuplicateWarning
              enteredName={fullName({
                title: step.input.title ?? null,
                firstName: step.input.firstName,
                middleName: step.input.middleName ?? null,
                surname: step.input.surname,
              })}
              enteredDateOfBirth={step.input.dateOfBirth}
              candidates={step.result.candidates}
              isCreating={createPerson.isPending}
              onOpenExisting={guard.allowLeaving}
              onCreateAnyway={() => create(step.input)}
              onChangeDetails={() => setStep({ name: "form" })}
            />
          </div>
        </div>
      </>
    );
  }

  const isBusy = isChecking || createPerson.isPending;

  return (
    <>
      <PageTitle title={pageTitle} hasErrors={problems.length > 0} />
      {guard.dialog}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={problems} />
          <h1 className="govuk-heading-l">{pageTitle}</h1>
          <p className="govuk-body">
            Before the record is saved, we check whether this person is already on the system.
          </p>
          <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={pageTitle}>
            <PersonDetailsFields
              values={values}
              errors={errors}
              onChange={(details) => setValues({ ...values, ...details })}
            />
            <Checkboxes
              id="personTypes"
              name="personTypes"
              legend="Person types"
              hint="Select all that apply. Housing officers and housing area managers do not need a title or date of birth."
              options={personTypes.map((type) => ({ value: type, label: personTypeLabels[type] }))}
              values={values.personTypes}
              onChange={(selected) => setValues({ ...values, personTypes: selected })}
              error={errors.personTypes}
            />
            <Textarea
              id="reason"
              name="reason"
              label="Reason for adding this person"
              labelClassName="govuk-label--s"
              hint="For example, new tenancy sign-up or joined the household"
              value={values.reason}
              onChange={(event) => setValues({ ...values, reason: event.target.value })}
              error={errors.reason}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" disabled={isBusy}>
                Add person
              </button>
              <Link className="govuk-link" to="/">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
