import type { TPersonSearchDocument } from "@housing/schemas/search";
import { formatDate } from "../dates/display-dates.ts";
import { fullName, personTypeLabels, preferredName } from "../person/person-labels.ts";
import { usePrefetchPersonPage } from "../person/prefetch-person-page.ts";
import {
  ResultTags,
  SearchResultCard,
  type TResultDetail,
  TenureStatusTag,
  cautionaryAlertTag,
} from "./search-result-card.tsx";

export function PersonResultCard({ person }: { person: TPersonSearchDocument }) {
  const prefetchPersonPage = usePrefetchPersonPage();
  const names = {
    title: person.title,
    firstName: person.firstname,
    middleName: person.middleName,
    surname: person.surname,
  };
  const knownAs = preferredName({
    ...names,
    preferredTitle: null,
    preferredFirstName: person.preferredFirstname,
    preferredMiddleName: null,
    preferredSurname: person.preferredSurname,
  });
  const details: TResultDetail[] = [
    ...(knownAs === undefined ? [] : [{ label: "Known as", value: knownAs }]),
    {
      label: "Date of birth",
      value: person.dateOfBirth === null ? "Not recorded" : formatDate(person.dateOfBirth),
    },
    {
      label: person.tenures.length > 1 ? "Tenures" : "Tenure",
      value:
        person.tenures.length === 0 ? (
          "None"
        ) : (
          <ul className="govuk-list app-search-result__tenures">
            {person.tenures.map((tenure) => (
              <li key={tenure.id}>
                {tenure.assetFullAddress} <TenureStatusTag isActive={tenure.isActive} />
              </li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <SearchResultCard
      href={`/persons/${person.id}`}
      title={fullName(names)}
      tags={
        <ResultTags
          tags={[
            (person.isPersonCautionaryAlerted || person.isTenureCautionaryAlerted) && cautionaryAlertTag,
            ...person.personTypes.map((type) => ({ label: personTypeLabels[type], colour: "blue" as const })),
          ]}
        />
      }
      details={details}
      onIntent={() => prefetchPersonPage(person.id)}
    />
  );
}
