import type { TTenure } from "@housing/schemas/tenure";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { fullName } from "../person/person-labels.ts";
import { trpc } from "../trpc.ts";
import { AddHouseholdMemberForm } from "./add-household-member-form.tsx";
import { EndTenancyForm } from "./end-tenancy-form.tsx";
import { addedPersonParam } from "./household-choice.ts";

type TMode =
  | { name: "none" }
  | { name: "end" }
  | { name: "add"; person?: { id: string; fullName: string; dateOfBirth: string | null } };

/** A person the add-person page brought back opens the add form with them chosen. */
function useReturningPerson(open: (mode: TMode) => void) {
  const [params, setParams] = useSearchParams();
  const id = params.get(addedPersonParam);
  const person = trpc.person.get.useQuery({ id: id ?? "" }, { enabled: id !== null });
  useEffect(() => {
    if (id === null || person.data === undefined) return;
    const { data } = person;
    open({ name: "add", person: { id: data.id, fullName: fullName(data), dateOfBirth: data.dateOfBirth } });
    setParams(
      (current) => {
        current.delete(addedPersonParam);
        return current;
      },
      { replace: true },
    );
  }, [id, person, open, setParams]);
}

/** Housing staff's actions on a tenure: add a person to its household and, while it is active, end it. */
export function TenureActions({ tenure, onDone }: { tenure: TTenure; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<TMode>({ name: "none" });
  useReturningPerson(setMode);
  const close = () => setMode({ name: "none" });

  if (mode.name === "add") {
    return (
      <AddHouseholdMemberForm
        tenure={tenure}
        initialPerson={mode.person}
        onDone={(added) => {
          close();
          if (added !== undefined) onDone(`${added.fullName} has been added to the household`);
        }}
      />
    );
  }
  if (mode.name === "end") {
    return (
      <EndTenancyForm
        tenure={tenure}
        onDone={(ended) => {
          close();
          if (ended !== undefined) onDone("The tenancy has been ended");
        }}
      />
    );
  }
  return (
    <div className="govuk-button-group">
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setMode({ name: "add" })}>
        Add a person to the household
      </button>
      {tenure.isActive ? (
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => setMode({ name: "end" })}>
          End tenancy
        </button>
      ) : null}
    </div>
  );
}
