import type { TAsset } from "@housing/schemas/tenure";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { housingRoles, useHasAnyRole } from "../auth/user-roles.ts";
import { serverErrors } from "../cautionary-alert/use-alert-actions.ts";
import { DateInput } from "../components/date-input.tsx";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Select } from "../components/select.tsx";
import { TextInput } from "../components/text-input.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { NotAllowedToChangePersons, PersonFormButtons, TwoThirdsColumn } from "../person/person-form-parts.tsx";
import { PropertyLoader } from "../property/property-loader.tsx";
import { propertyTitle } from "../property/property-labels.ts";
import { trpc } from "../trpc.ts";
import { ChosenHousehold } from "./chosen-household.tsx";
import { withPerson } from "./household-choice.ts";
import { useReturningPerson } from "./use-returning-person.ts";
import { PersonPicker } from "./person-picker.tsx";
import {
  type TStartTenancyValues,
  loadStartTenancyDraft,
  saveStartTenancyDraft,
  startTenancyFieldIds,
  startTenancyInput,
} from "./start-tenancy-form.ts";
import { tenurePageState } from "./tenure-banner.tsx";

const pageTitle = "Start a tenancy";

function useStartTenancy(asset: TAsset) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const create = trpc.tenure.create.useMutation();
  const [values, setValuesState] = useState<TStartTenancyValues>(() => loadStartTenancyDraft(asset.id));
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);
  const setValues = (next: TStartTenancyValues) => {
    setValuesState(next);
    saveStartTenancyDraft(asset.id, next);
  };
  const addPerson = (person: { id: string; fullName: string; dateOfBirth: string | null }) =>
    setValuesState((current) => {
      const isResponsible = !current.household.some((p) => p.isResponsible);
      const next = { ...current, household: withPerson(current.household, { ...person, isResponsible }) };
      saveStartTenancyDraft(asset.id, next);
      return next;
    });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = startTenancyInput(asset.id, values);
    setErrors(checked.errors);
    if (checked.input === undefined) return;
    create.mutate(checked.input, {
      onSuccess: (tenure) => {
        saveStartTenancyDraft(asset.id, null);
        utils.tenure.get.setData({ id: tenure.id }, tenure);
        void utils.asset.get.invalidate({ id: asset.id });
        void navigate(`/tenures/${tenure.id}`, { state: tenurePageState("Tenancy started") });
      },
      onError: (error) =>
        setErrors(serverErrors(error, startTenancyFieldIds, "Sorry, the tenancy could not be started. Try again.")),
    });
  }
  return { values, setValues, addPerson, errors, handleSubmit, isBusy: create.isPending };
}

function StartTenancyForm({ asset }: { asset: TAsset }) {
  const { values, setValues, addPerson, errors, handleSubmit, isBusy } = useStartTenancy(asset);
  const types = trpc.tenure.types.useQuery();
  useReturningPerson(addPerson);
  const errorFor = (field: string) => errors.find((e) => e.targetId === startTenancyFieldIds[field])?.message;
  const typeOptions = [
    { value: "", label: "Choose a type" },
    ...(types.data?.results ?? []).map((type) => ({ value: type.code, label: type.description })),
  ];
  return (
    <>
      <PageTitle title={pageTitle} hasErrors={errors.length > 0} />
      <TwoThirdsColumn>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{propertyTitle(asset)}</span>
        <h1 className="govuk-heading-l">{pageTitle}</h1>
        <form onSubmit={handleSubmit} noValidate aria-label={pageTitle}>
          <Select
            id="tenure-type"
            name="tenureTypeCode"
            label="Type of tenure"
            labelClassName="govuk-label--s"
            options={typeOptions}
            value={values.tenureTypeCode}
            onChange={(event) => setValues({ ...values, tenureTypeCode: event.target.value })}
            error={errorFor("tenureTypeCode")}
          />
          <DateInput
            id="start-date"
            legend="Start date"
            hint="For example, 5 4 2025"
            value={values.startDate}
            onChange={(startDate) => setValues({ ...values, startDate })}
            error={errorFor("startOfTenureDate")}
          />
          <TextInput
            id="payment-reference"
            name="paymentReference"
            label="Payment reference"
            labelClassName="govuk-label--s"
            hint="The rent account's reference: 4 to 20 letters or digits"
            widthClassName="govuk-input--width-20"
            autoComplete="off"
            spellCheck={false}
            value={values.paymentReference}
            onChange={(event) => setValues({ ...values, paymentReference: event.target.value })}
            error={errorFor("paymentReference")}
          />
          <h2 className="govuk-heading-m">Tenure holders and household</h2>
          <ChosenHousehold household={values.household} onChange={(household) => setValues({ ...values, household })} />
          <PersonPicker
            id="find-person"
            label="Find a person to add"
            error={errorFor("householdMembers")}
            returnTo={`/properties/${asset.id}/start-tenancy`}
            onPick={addPerson}
          />
          <PersonFormButtons label="Start tenancy" isBusy={isBusy} cancel={{ to: `/properties/${asset.id}` }} />
        </form>
      </TwoThirdsColumn>
    </>
  );
}

/** /properties/:id/start-tenancy — let a void home: type, start date, payment reference and household. */
export function StartTenancyPage() {
  const mayStart = useHasAnyRole(housingRoles);
  if (!mayStart) {
    return (
      <NotAllowedToChangePersons
        pageTitle={pageTitle}
        heading="You cannot start a tenancy"
        explanation="Only housing officers, housing managers and administrators can start a tenancy."
      >
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </NotAllowedToChangePersons>
    );
  }
  return <PropertyLoader>{(asset) => <StartTenancyForm asset={asset} />}</PropertyLoader>;
}
