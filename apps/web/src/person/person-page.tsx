import { type TPerson, ZPersonId } from "@housing/schemas/person";
import { type ReactNode, useEffect } from "react";
import { Link, useParams } from "react-router";
import { useActivityPage } from "../components/activity-history.tsx";
import { useContactDetailsLinks } from "../contact-details/use-contact-details-links.ts";
import { usePrefetchPersonPage } from "./prefetch-person-page.ts";
import { useCanManagePersons } from "../auth/user-roles.ts";
import { CautionaryAlertWarning } from "../cautionary-alert/cautionary-alert-warning.tsx";
import { CautionaryAlertsSection } from "../cautionary-alert/cautionary-alerts-section.tsx";
import { ContactDetails } from "../contact-details/contact-details-loader.tsx";
import { formatDate, formatDateTime } from "../dates/display-dates.ts";
import { PageTitle } from "../layout/page-title.tsx";
import { PersonActivityHistory } from "./person-activity-history.tsx";
import { EqualityInformationSection } from "./equality-information-section.tsx";
import { PersonBanner } from "./person-banner.tsx";
import { PersonLinks } from "./person-links.tsx";
import { PersonLoader } from "./person-loader.tsx";
import { PersonTenures } from "./person-tenures.tsx";
import { PersonAtAGlance } from "./person-at-a-glance.tsx";
import { PersonSectionNavigation, useOpenAtSectionInAddress } from "./person-sections.tsx";
import { ageOf, fullName, personTypeLabels, preferredName } from "./person-labels.ts";
import { SummaryRow } from "../components/summary-row.tsx";
import { SummaryCard } from "../components/summary-card.tsx";

const notGiven = <span className="app-secondary-text">Not given</span>;

function ageInWords(person: TPerson): ReactNode {
  const age = ageOf(person);
  if (age === undefined) return notGiven;
  if (person.dateOfDeath !== null) return `${age} when they died`;
  if (person.isAMinor !== true) return String(age);
  return (
    <>
      {age}
      <span className="govuk-visually-hidden">,</span>{" "}
      <strong className="govuk-tag govuk-tag--yellow govuk-!-margin-left-1">Under 18</strong>
    </>
  );
}

function PersonalDetails({ person, canEdit }: { person: TPerson; canEdit: boolean }) {
  const preferred = preferredName(person);
  return (
    <SummaryCard
      as="section"
      titleId="personal-details"
      title="Personal details"
      action={
        canEdit ? (
          <Link className="govuk-link" to={`/persons/${person.id}/edit`}>
            Edit<span className="govuk-visually-hidden"> personal details</span>
          </Link>
        ) : undefined
      }
    >
      <SummaryRow label="Name">{fullName(person)}</SummaryRow>
      <SummaryRow label="Preferred name">{preferred ?? notGiven}</SummaryRow>
      <SummaryRow label="Date of birth">
        {person.dateOfBirth === null ? notGiven : formatDate(person.dateOfBirth)}
      </SummaryRow>
      <SummaryRow label="Age">{ageInWords(person)}</SummaryRow>
      <SummaryRow label="Place of birth">{person.placeOfBirth ?? notGiven}</SummaryRow>
      {person.dateOfDeath === null ? null : (
        <SummaryRow label="Date of death">{formatDate(person.dateOfDeath)}</SummaryRow>
      )}
      <SummaryRow label="Person types">
        <ul className="app-tag-list">
          {person.personTypes.map((type) => (
            <li key={type}>
              <strong className="govuk-tag govuk-tag--blue">{personTypeLabels[type]}</strong>
            </li>
          ))}
        </ul>
      </SummaryRow>
      <SummaryRow label="Reason for adding">{person.reason}</SummaryRow>
      <SummaryRow label="Added">
        {formatDateTime(person.createdAt)} by {person.createdBy.name}
      </SummaryRow>
      <SummaryRow label="Last changed">
        {formatDateTime(person.modifiedAt)} by {person.modifiedBy.name}
      </SummaryRow>
    </SummaryCard>
  );
}

function PersonDetails({ person }: { person: TPerson }) {
  const canEdit = useCanManagePersons();
  useOpenAtSectionInAddress();
  const name = fullName(person);
  const preferred = preferredName(person);
  const target = { targetType: "person", targetId: person.id } as const;

  return (
    <>
      <PageTitle title={name} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PersonBanner person={person} />
          <CautionaryAlertWarning target={target} />
          <span className="govuk-caption-l">Person</span>
          <h1 className="govuk-heading-l govuk-!-margin-bottom-2">{name}</h1>
          {preferred === undefined ? null : (
            <p className="govuk-body-l govuk-!-margin-bottom-2">Known as {preferred}</p>
          )}
          <PersonAtAGlance person={person} />
        </div>
        <div className="govuk-grid-column-one-third">
          <PersonSectionNavigation />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PersonalDetails person={person} canEdit={canEdit} />
        </div>
      </div>
      <PersonTenures tenures={person.tenures} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CautionaryAlertsSection target={target} />
          <ContactDetails personId={person.id} />
          <PersonLinks links={person.links} />
          <EqualityInformationSection personId={person.id} />
          <PersonActivityHistory personId={person.id} />
        </div>
      </div>
    </>
  );
}

/** Asks for the contact details and activity together with the person, not after the person has arrived. */
function usePrefetchOnArrival(): void {
  const { id = "" } = useParams();
  const { showHistoric } = useContactDetailsLinks();
  const { page } = useActivityPage();
  const prefetch = usePrefetchPersonPage();
  useEffect(() => {
    if (ZPersonId.safeParse({ id }).success)
      prefetch(id, { showHistoricContactDetails: showHistoric, activityPage: page });
  }, [id, showHistoric, page, prefetch]);
}

/** /persons/:id — everything staff need to know about one person, and what has changed. */
export function PersonPage() {
  usePrefetchOnArrival();
  return <PersonLoader pageTitle="Person">{(person) => <PersonDetails person={person} />}</PersonLoader>;
}
