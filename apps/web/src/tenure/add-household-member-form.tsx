import type { TTenure } from "@housing/schemas/tenure";
import { type FormEvent, useState } from "react";
import { serverErrors } from "../cautionary-alert/use-alert-actions.ts";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { PersonFormButtons } from "../person/person-form-parts.tsx";
import { trpc } from "../trpc.ts";
import { RoleChoice } from "./chosen-household.tsx";
import type { TChosenPerson } from "./household-choice.ts";
import { PersonPicker } from "./person-picker.tsx";

const fieldIds: Record<string, string> = { personId: "add-member-person" };

type TAddMemberProps = {
  tenure: TTenure;
  /** A person the add-person page just made, chosen already. */
  initialPerson?: Omit<TChosenPerson, "isResponsible"> | undefined;
  onDone: (added?: { tenure: TTenure; fullName: string }) => void;
};

/** Adds a person found by name (or just added) to the household, as a named tenure holder or a member. */
export function AddHouseholdMemberForm({ tenure, initialPerson, onDone }: TAddMemberProps) {
  const utils = trpc.useUtils();
  const add = trpc.tenure.addHouseholdMember.useMutation();
  const [person, setPerson] = useState<TChosenPerson | undefined>(
    initialPerson === undefined ? undefined : { ...initialPerson, isResponsible: false },
  );
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (person === undefined) {
      setErrors([{ targetId: fieldIds.personId, message: "Find and choose the person to add" }]);
      return;
    }
    setErrors([]);
    add.mutate(
      { tenureId: tenure.id, personId: person.id, isResponsible: person.isResponsible },
      {
        onSuccess: (changed) => {
          utils.tenure.get.setData({ id: changed.id }, changed);
          void utils.person.get.invalidate({ id: person.id });
          void utils.tenure.activity.invalidate({ id: changed.id });
          onDone({ tenure: changed, fullName: person.fullName });
        },
        onError: (error) =>
          setErrors(serverErrors(error, fieldIds, "Sorry, the person could not be added. Try again.")),
      },
    );
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label="Add a person to the household"
      className="govuk-!-margin-bottom-8"
    >
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Add a person to the household</h2>
      {person === undefined ? (
        <PersonPicker
          id={fieldIds.personId ?? "add-member-person"}
          label="Find the person"
          error={errors[0]?.message}
          returnTo={`/tenures/${tenure.id}`}
          onPick={(picked) => setPerson({ ...picked, isResponsible: false })}
        />
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{person.fullName}</p>
          {person.dateOfBirth === null ? null : (
            <p className="govuk-body app-secondary-text">Born {formatDate(person.dateOfBirth)}</p>
          )}
          <RoleChoice
            id="add-member-role"
            name={person.fullName}
            isResponsible={person.isResponsible}
            onChange={(isResponsible) => setPerson({ ...person, isResponsible })}
          />
        </>
      )}
      <PersonFormButtons label="Add to household" isBusy={add.isPending} cancel={{ onClick: () => onDone() }} />
    </form>
  );
}
