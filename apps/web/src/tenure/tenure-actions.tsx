import type { TTenure } from "@housing/schemas/tenure";
import { useState } from "react";
import { AddHouseholdMemberForm } from "./add-household-member-form.tsx";
import { EndTenancyForm } from "./end-tenancy-form.tsx";
import { useReturningPerson } from "./use-returning-person.ts";

type TMode =
  | { name: "none" }
  | { name: "end" }
  | { name: "add"; person?: { id: string; fullName: string; dateOfBirth: string | null } };

/** Housing staff's actions on a tenure: add a person to its household and, while it is active, end it. */
export function TenureActions({ tenure, onDone }: { tenure: TTenure; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<TMode>({ name: "none" });
  useReturningPerson((person) => setMode({ name: "add", person }));
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
