import type { TContactDetail, TContactType } from "@housing/schemas/contact-details";
import type { TPerson } from "@housing/schemas/person";
import { Link } from "react-router";
import { SummaryRow } from "../components/summary-row.tsx";
import { contactDetailsListInput } from "../contact-details/contact-details-queries.ts";
import { compareActive, displayValue } from "../contact-details/contact-details-view.ts";
import { useContactDetailsLinks } from "../contact-details/use-contact-details-links.ts";
import { formatDate } from "../dates/display-dates.ts";
import { trpc } from "../trpc.ts";
import { ageOf } from "./person-labels.ts";

const notGiven = <span className="app-secondary-text">Not given</span>;

/** The number or email an officer would use first: the default of the officer's areas, else the newest. */
function firstContact(details: readonly TContactDetail[], contactType: TContactType) {
  const [first] = details
    .filter((detail) => detail.isActive && detail.contactInformation.contactType === contactType)
    .sort(compareActive);
  if (first === undefined) return <span className="app-secondary-text">None recorded</span>;
  return (
    <>
      {displayValue(first)}
      {first.sourceServiceArea.isDefault ? <span className="app-secondary-text"> (default)</span> : null}
    </>
  );
}

function DefaultContacts({ personId }: { personId: string }) {
  const { showHistoric } = useContactDetailsLinks();
  // The very query the contact details section makes, so the page asks for it once.
  const list = trpc.contactDetails.list.useQuery(contactDetailsListInput(personId, showHistoric), {
    placeholderData: (previous) => previous,
  });
  const pending = <span className="app-secondary-text">{list.isError ? "Could not be loaded" : "Loading…"}</span>;
  return (
    <>
      <SummaryRow label="Phone">{list.data ? firstContact(list.data.results, "phone") : pending}</SummaryRow>
      <SummaryRow label="Email">{list.data ? firstContact(list.data.results, "email") : pending}</SummaryRow>
    </>
  );
}

/** What an officer needs on a call, at the top of the page: who, which home, how to reach them. */
export function PersonAtAGlance({ person }: { person: TPerson }) {
  const currentTenure = person.tenures.find((tenure) => tenure.isActive);
  return (
    <dl className="govuk-summary-list govuk-!-margin-bottom-6" aria-label="At a glance">
      <SummaryRow label="Reference">{person.personRef}</SummaryRow>
      <SummaryRow label="Date of birth">
        {person.dateOfBirth === null ? (
          notGiven
        ) : (
          <>
            {formatDate(person.dateOfBirth)}
            <span className="app-secondary-text"> (age {ageOf(person)})</span>
          </>
        )}
      </SummaryRow>
      <SummaryRow label="Current tenure">
        {currentTenure === undefined ? (
          <span className="app-secondary-text">None</span>
        ) : (
          <>
            <Link className="govuk-link" to={`/tenures/${currentTenure.id}`}>
              {currentTenure.assetFullAddress}
            </Link>
            <span className="govuk-!-display-block app-secondary-text">
              {currentTenure.type}, since {formatDate(currentTenure.startDate)}
              {currentTenure.isResponsible ? ", tenure holder" : ", household member"}
            </span>
          </>
        )}
      </SummaryRow>
      <DefaultContacts personId={person.id} />
    </dl>
  );
}
