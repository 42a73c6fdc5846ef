import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import {
  type TCreatePerson,
  type TDuplicateCheckResult,
  ZCreatePersonInput,
  personTypes,
} from "@housing/schemas/person";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
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
import { NotAllowedToChangePersons, PersonFormButtons, TwoThirdsColumn } from "./person-form-parts.tsx";
import {
  type TAddPersonValues,
  type TFormProblem,
  createInputFromValues,
  emptyAddPersonValues,
  errorsByField,
  problemsFrom,
} from "./person-form.ts";
import { fullName, personTypeLabels } from "./person-labels.ts";
import { afterAddingPerson } from "../tenure/household-choice.ts";

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
    <NotAllowedToChangePersons
      pageTitle={pageTitle}
      heading="You cannot add a person"
      explanation="Only housing officers, housing managers and administrators can add person records."
    >
      <Link className="govuk-link" to="/">
        Go to the home page
      </Link>
    </NotAllowedToChangePersons>
  );
}

/** The form as typed, and sending it: checked here, then for people already on the system, then created. */
function useAddPerson() {
  const navigate = useNavigate();
  const returnTo = useSearchParams()[0].get("returnTo");
  const utils = trpc.useUtils();
  const createPerson = trpc.person.create.useMutation();
  const [values, setValues] = useState<TAddPersonValues>(emptyAddPersonValues);
  const [problems, setProblems] = useState<TFormProblem[]>([]);
  const [step, setStep] = useState<TStep>({ name: "form" });
  const [isChecking, setIsChecking] = useState(false);
  const hasChanges = JSON.stringify(values) !== JSON.stringify(emptyAddPersonValues);
  const guard = useUnsavedChangesGuard(hasChanges);

  function showProblems(next: TFormProblem[]) {
    setProblems(next);
    setStep({ name: "form" });
  }

  function create(input: TCreatePerson) {
    createPerson.mutate(input, {
      onSuccess: (person) => {
        utils.person.get.setData({ id: person.id }, person);
        guard.allowLeaving();
        // A form that sent the officer here (starting a tenancy) gets the new person back.
        const next = afterAddingPerson(returnTo, person.id);
        void navigate(next, { replace: true, state: next.startsWith("/persons/") ? personPageState("created") : null });
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

  return {
    values,
    setValues,
    problems,
    step,
    backToForm: () => setStep({ name: "form" }),
    guard,
    create,
    handleSubmit,
    isCreating: createPerson.isPending,
    isBusy: isChecking || createPerson.isPending,
  };
}

type TAddPerson = ReturnType<typeof useAddPerson>;

/** The people already on the system who may be the one being added: open one, or add anyway. */
function DuplicatesStep({ step, addPerson }: { step: Extract<TStep, { name: "duplicates" }>; addPerson: TAddPerson }) {
  const { guard } = addPerson;
  return (
    <>
      <PageTitle title="This person may already exist" />
      {guard.dialog}
      <TwoThirdsColumn>
        <DuplicateWarning
          enteredName={fullName({
            title: step.input.title ?? null,
            firstName: step.input.firstName,
            middleName: step.input.middleName ?? null,
            surname: step.input.surname,
          })}
          enteredDateOfBirth={step.input.dateOfBirth}
          candidates={step.result.candidates}
          isCreating={addPerson.isCreating}
          onOpenExisting={guard.allowLeaving}
          onCreateAnyway={() => addPerson.create(step.input)}
          onChangeDetails={addPerson.backToForm}
        />
      </TwoThirdsColumn>
    </>
  );
}

function AddPersonForm({ addPerson }: { addPerson: TAddPerson }) {
  const { values, setValues, problems, guard } = addPerson;
  const errors = errorsByField(problems);
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={problems.length > 0} />
      {guard.dialog}
      <TwoThirdsColumn>
        <ErrorSummary errors={problems} />
        <h1 className="govuk-heading-l">{pageTitle}</h1>
        <p className="govuk-body">Before the record is saved, we check whether this person is already on the system.</p>
        <form onSubmit={(event) => void addPerson.handleSubmit(event)} noValidate aria-label={pageTitle}>
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
          <PersonFormButtons label="Add person" isBusy={addPerson.isBusy} cancel={{ to: "/" }} />
        </form>
      </TwoThirdsColumn>
    </>
  );
}

/** /persons/new — add a person, after checking they are not already on the system. */
export function AddPersonPage() {
  const canAdd = useCanManagePersons();
  const addPerson = useAddPerson();
  if (!canAdd) return <NotAllowed />;
  if (addPerson.step.name === "duplicates") return <DuplicatesStep step={addPerson.step} addPerson={addPerson} />;
  return <AddPersonForm addPerson={addPerson} />;
}
