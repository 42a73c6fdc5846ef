import { type KeyboardEvent, useState } from "react";
import "./tenure.scss";
import { Link } from "react-router";
import { TextInput } from "../components/text-input.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { fullName } from "../person/person-labels.ts";
import { trpc } from "../trpc.ts";
import { addPersonPathReturningTo, type TChosenPerson } from "./household-choice.ts";

type TPersonPickerProps = {
  id: string;
  label: string;
  error?: string | undefined;
  /** The page to come back to after adding a person who is not on the system yet. */
  returnTo: string;
  onPick: (person: Omit<TChosenPerson, "isResponsible">) => void;
};

function SearchResults({ searchText, onPick }: { searchText: string; onPick: TPersonPickerProps["onPick"] }) {
  const found = trpc.search.persons.useQuery({ searchText, pageSize: 5 });
  if (found.isPending) return <p className="govuk-body">Searching…</p>;
  if (found.isError) return <p className="govuk-body">Sorry, the search did not work. Try again.</p>;
  const persons = found.data.results.persons;
  if (persons.length === 0) return <p className="govuk-body">Nobody on the system matches “{searchText}”.</p>;
  return (
    <ul className="govuk-list app-person-picker__results" aria-label={`People matching ${searchText}`}>
      {persons.map((person) => {
        const name = fullName({ ...person, firstName: person.firstname });
        return (
          <li key={person.id} className="app-person-picker__result">
            <span>
              {name}
              <span className="govuk-!-display-block app-secondary-text">
                {person.dateOfBirth === null ? "Date of birth not given" : `Born ${formatDate(person.dateOfBirth)}`}
              </span>
            </span>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              onClick={() => onPick({ id: person.id, fullName: name, dateOfBirth: person.dateOfBirth })}
            >
              Choose<span className="govuk-visually-hidden"> {name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Find before create: search the people on the system by name and choose one; someone not found
 * is added on the add-person page, which comes back here with them.
 */
export function PersonPicker({ id, label, error, returnTo, onPick }: TPersonPickerProps) {
  const [text, setText] = useState("");
  const [searchText, setSearchText] = useState("");
  const search = () => setSearchText(text.trim());
  return (
    <div className="app-person-picker">
      <TextInput
        id={id}
        name={id}
        label={label}
        labelClassName="govuk-label--s"
        hint="Search by name, then choose the person"
        autoComplete="off"
        value={text}
        error={error}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          search();
        }}
      />
      <button type="button" className="govuk-button govuk-button--secondary" onClick={search}>
        Search for a person
      </button>
      {searchText === "" ? null : (
        <SearchResults
          searchText={searchText}
          onPick={(person) => {
            onPick(person);
            setText("");
            setSearchText("");
          }}
        />
      )}
      <p className="govuk-body">
        Not on the system?{" "}
        <Link className="govuk-link" to={addPersonPathReturningTo(returnTo)}>
          Add a new person
        </Link>
      </p>
    </div>
  );
}
