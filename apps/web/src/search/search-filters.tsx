import { assetTypes } from "@housing/schemas/search";
import { Link } from "react-router";
import { Checkboxes } from "../components/checkboxes.tsx";
import { personTypeLabels } from "../person/person-labels.ts";
import {
  type TSearchState,
  hasFilters,
  personTypeFilters,
  refineSearch,
  searchStatePath,
  withoutFilters,
} from "./search-params.ts";
import { assetTypeLabels } from "../property/property-labels.ts";

const filterFieldIds = { person: "personType", asset: "assetTypes", tenure: "isActive" } as const;

type SearchFiltersProps = {
  state: TSearchState;
  /** Applies a change at once: the results below update and their count is announced. */
  onChange: (next: TSearchState) => void;
};

function FilterFields({ state, onChange }: SearchFiltersProps) {
  switch (state.type) {
    case "person":
      return (
        <Checkboxes
          id={filterFieldIds.person}
          name="personType"
          legend="Person type"
          small
          options={personTypeFilters.map((value) => ({ value, label: personTypeLabels[value] }))}
          values={state.personType}
          onChange={(personType) => onChange(refineSearch(state, { personType }))}
        />
      );
    case "asset":
      return (
        <Checkboxes
          id={filterFieldIds.asset}
          name="assetTypes"
          legend="Property type"
          small
          options={assetTypes.map((value) => ({ value, label: assetTypeLabels[value] }))}
          values={state.assetTypes}
          onChange={(types) => onChange(refineSearch(state, { assetTypes: types }))}
        />
      );
    case "tenure":
      return (
        <Checkboxes
          id={filterFieldIds.tenure}
          name="isActive"
          legend="Tenure status"
          small
          options={[{ value: "true", label: "Active tenures only" }]}
          values={state.isActive ? ["true"] : []}
          onChange={(values) => onChange(refineSearch(state, { isActive: values.includes("true") }))}
        />
      );
  }
}

/** Filters for the kind of record searched; each tick narrows the results straight away. */
export function SearchFilters({ state, onChange }: SearchFiltersProps) {
  return (
    <section className="app-search-filters" aria-labelledby="search-filters-heading">
      <h2 className="govuk-heading-m" id="search-filters-heading">
        Filter results
      </h2>
      <FilterFields state={state} onChange={onChange} />
      {hasFilters(state) ? (
        <p className="govuk-body">
          <Link
            className="govuk-link"
            to={searchStatePath(withoutFilters(state))}
            // The link goes with the filters; the first box keeps the reader's place.
            onClick={() => document.getElementById(filterFieldIds[state.type])?.focus()}
          >
            Clear filters
          </Link>
        </p>
      ) : null}
    </section>
  );
}
