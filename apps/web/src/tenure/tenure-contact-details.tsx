import { ContactDetailRows } from "../contact-details/contact-detail-rows.tsx";
import { SectionLoadFailed, SectionLoading } from "../components/section-load-state.tsx";
import { contactTypeWords } from "../contact-details/contact-detail-labels.ts";
import { groupActive } from "../contact-details/contact-details-view.ts";
import "../contact-details/contact-details.scss";
import { trpc } from "../trpc.ts";

/**
 * Current contact details held against the tenure itself (a solicitor on a lease, a managing
 * agent), read-only; the API returns only those the officer's service areas own or were given.
 */
export function TenureContactDetails({ tenureId }: { tenureId: string }) {
  const list = trpc.contactDetails.list.useQuery({ targetId: tenureId, includeHistoric: false });

  let content;
  if (list.isPending) {
    content = <SectionLoading>Loading contact details…</SectionLoading>;
  } else if (list.isError) {
    content = <SectionLoadFailed what="the contact details" retry={() => void list.refetch()} />;
  } else {
    const groups = groupActive(list.data.results).filter((group) => group.details.length > 0);
    content =
      groups.length === 0 ? (
        <p className="govuk-body">No contact details are held against this tenure that you can see.</p>
      ) : (
        groups.map(({ contactType, details }) => (
          <div key={contactType} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-s">{contactTypeWords[contactType].heading}</h3>
            <ContactDetailRows details={details} />
          </div>
        ))
      );
  }

  return (
    <section aria-labelledby="tenure-contact-details-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="tenure-contact-details-heading">
        Contact details held against this tenure
      </h2>
      {content}
    </section>
  );
}
