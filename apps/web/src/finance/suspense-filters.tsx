import { suspenseStatuses } from "@housing/schemas/finance";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { DateInput } from "../components/date-input.tsx";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Radios } from "../components/radios.tsx";
import { TextInput } from "../components/text-input.tsx";
import { type TDateParts, datePartsFromIsoDate, incompleteDateMessage, isoDateFromParts } from "../dates/date-parts.ts";
import { PageTitle } from "../layout/page-title.tsx";
import {
  type TSuspenseFilters,
  type TSuspenseListState,
  type TSuspenseStatus,
  hasSuspenseFilters,
  refineSuspenseList,
  suspenseFilterErrors,
  suspenseStatePath,
  suspenseStatusLabels,
  withoutSuspenseFilters,
} from "./suspense-params.ts";

const fieldIds = { searchText: "searchText", startDate: "startDate", endDate: "endDate", status: "status" } as const;
const fieldOrder = ["searchText", "startDate", "endDate", "suspenseStatus"] as const;
// A date's error summary link goes to its day box, the first of the three.
const targetIds: Record<(typeof fieldOrder)[number], string> = {
  searchText: fieldIds.searchText,
  startDate: `${fieldIds.startDate}-day`,
  endDate: `${fieldIds.endDate}-day`,
  suspenseStatus: fieldIds.status,
};

const dateFields = [
  { field: "startDate", legend: "Received from", hint: "For example 1 4 2025" },
  { field: "endDate", legend: "Received up to", hint: "For example 30 6 2025" },
] as const;

type TStatusChoice = TSuspenseStatus | "all";
type TFilterValues = { searchText: string; startDate: TDateParts; endDate: TDateParts; status: TStatusChoice };

function valuesFrom(state: TSuspenseListState): TFilterValues {
  return {
    searchText: state.searchText,
    startDate: datePartsFromIsoDate(state.startDate),
    endDate: datePartsFromIsoDate(state.endDate),
    status: state.status ?? "all",
  };
}

function filtersFrom(values: TFilterValues): TSuspenseFilters {
  return {
    searchText: values.searchText.trim(),
    startDate: isoDateFromParts(values.startDate) ?? "",
    endDate: isoDateFromParts(values.endDate) ?? "",
    status: values.status === "all" ? null : values.status,
  };
}

/** Every problem with the filters, in the order the fields are on the page; a half-filled date says which box. */
function problemsWith(values: TFilterValues): (TErrorSummaryItem & { field: (typeof fieldOrder)[number] })[] {
  const incomplete = {
    startDate: incompleteDateMessage("The start date", values.startDate),
    endDate: incompleteDateMessage("The end date", values.endDate),
  };
  const fromSchema = new Map<string, string>();
  for (const { path, message } of suspenseFilterErrors(filtersFrom(values))) {
    if (!fromSchema.has(path)) fromSchema.set(path, message);
  }
  return fieldOrder.flatMap((field) => {
    const message =
      (field === "startDate" || field === "endDate" ? incomplete[field] : undefined) ?? fromSchema.get(field);
    return message === undefined ? [] : [{ field, targetId: targetIds[field], message }];
  });
}

/** Apply, and when any filter is in use a link that clears them all. */
function FilterButtons({ state }: { state: TSuspenseListState }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button">
        Apply filters
      </button>
      {hasSuspenseFilters(state) ? (
        <Link className="govuk-link" to={suspenseStatePath(withoutSuspenseFilters(state))}>
          Clear filters
        </Link>
      ) : null}
    </div>
  );
}

type SuspenseFiltersProps = {
  state: TSuspenseListState;
  /** Check the filters at once, for a link whose filters cannot be used. */
  validateOnMount: boolean;
  pageTitle: string;
  navigateTo: (path: string) => void;
};

/** Text, received between two dates and status; checked by the API's own rules before any request. */
export function SuspenseFilters({ state, validateOnMount, pageTitle, navigateTo }: SuspenseFiltersProps) {
  const [values, setValues] = useState(() => valuesFrom(state));
  const [problems, setProblems] = useState(() => (validateOnMount ? problemsWith(valuesFrom(state)) : []));
  const errorOf = (field: (typeof fieldOrder)[number]) => problems.find((problem) => problem.field === field)?.message;

  function change(changes: Partial<TFilterValues>) {
    setValues((current) => ({ ...current, ...changes }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = problemsWith(values);
    setProblems(found);
    if (found.length > 0) return;
    navigateTo(suspenseStatePath(refineSuspenseList(state, filtersFrom(values))));
  }

  return (
    <>
      <PageTitle title={pageTitle} hasErrors={problems.length > 0} />
      <ErrorSummary errors={problems} />
      <form onSubmit={handleSubmit} noValidate aria-labelledby="suspense-filters-heading">
        <h2 className="govuk-heading-m" id="suspense-filters-heading">
          Filter payments
        </h2>
        <TextInput
          id={fieldIds.searchText}
          name="searchText"
          label="Payment reference, sender or bank account"
          labelClassName="govuk-label--s"
          hint="For example part of a reference, a surname or the last digits of an account number"
          widthClassName="govuk-!-width-two-thirds"
          autoComplete="off"
          spellCheck={false}
          value={values.searchText}
          onChange={(event) => change({ searchText: event.target.value })}
          error={errorOf("searchText")}
        />
        <div className="app-finance-filters">
          {dateFields.map(({ field, legend, hint }) => (
            <DateInput
              key={field}
              id={fieldIds[field]}
              legend={legend}
              hint={hint}
              value={values[field]}
              onChange={(parts) => change({ [field]: parts })}
              error={errorOf(field)}
            />
          ))}
        </div>
        <Radios<TStatusChoice>
          id={fieldIds.status}
          name="status"
          legend="Status"
          inline
          small
          options={[
            { value: "all", label: "All unresolved payments" },
            ...suspenseStatuses.map((value) => ({ value, label: suspenseStatusLabels[value] })),
          ]}
          value={values.status}
          onChange={(status) => change({ status })}
          error={errorOf("suspenseStatus")}
        />
        <FilterButtons state={state} />
      </form>
    </>
  );
}
