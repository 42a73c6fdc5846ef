import { Radios } from "../components/radios.tsx";
import { formatDate } from "../dates/display-dates.ts";
import type { TChosenPerson } from "./household-choice.ts";

export type TRole = "holder" | "member";
export const roleOptions = [
  { value: "holder" as const, label: "Named tenure holder", hint: "Responsible for the tenancy" },
  { value: "member" as const, label: "Household member" },
];

/** The person's place on the tenure as a radio choice. */
export function RoleChoice(props: {
  id: string;
  name: string;
  isResponsible: boolean;
  onChange: (r: boolean) => void;
}) {
  return (
    <Radios
      id={props.id}
      name={`${props.id}-role`}
      legend={`${props.name} is a`}
      small
      options={roleOptions}
      value={props.isResponsible ? "holder" : "member"}
      onChange={(role) => props.onChange(role === "holder")}
    />
  );
}

type TChosenHouseholdProps = {
  household: readonly TChosenPerson[];
  onChange: (household: TChosenPerson[]) => void;
};

/** The people chosen for a new tenancy: each a named tenure holder or a household member, or taken off again. */
export function ChosenHousehold({ household, onChange }: TChosenHouseholdProps) {
  if (household.length === 0) return <p className="govuk-body">Nobody chosen yet.</p>;
  return (
    <ul className="govuk-list" aria-label="People on the tenancy">
      {household.map((person, index) => (
        <li key={person.id} className="app-chosen-person">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{person.fullName}</p>
          {person.dateOfBirth === null ? null : (
            <p className="govuk-body app-secondary-text">Born {formatDate(person.dateOfBirth)}</p>
          )}
          <RoleChoice
            id={`chosen-${index}`}
            name={person.fullName}
            isResponsible={person.isResponsible}
            onChange={(isResponsible) =>
              onChange(household.map((p) => (p.id === person.id ? { ...p, isResponsible } : p)))
            }
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange(household.filter((p) => p.id !== person.id))}
          >
            Take off<span className="govuk-visually-hidden"> {person.fullName}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
