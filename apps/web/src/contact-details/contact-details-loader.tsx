import { Suspense, lazy } from "react";

/** The section's code. The phone number rules (libphonenumber's metadata) are a large download: only person pages fetch them. */
export function loadContactDetailsSection() {
  return import("./contact-details-section.tsx");
}

const LazyContactDetailsSection = lazy(() =>
  loadContactDetailsSection().then((module) => ({ default: module.ContactDetailsSection })),
);

/** The person page's contact details, with their code loaded when the section is first shown. */
export function ContactDetails({ personId }: { personId: string }) {
  return (
    <Suspense
      fallback={
        <section id="contact-details" aria-labelledby="contact-details-heading" className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="contact-details-heading">
            Contact details
          </h2>
          <p className="govuk-body" role="status">
            Loading contact details…
          </p>
        </section>
      }
    >
      {/* A new person starts afresh: no banner, dialog or list carried over from the last one. */}
      <LazyContactDetailsSection key={personId} personId={personId} />
    </Suspense>
  );
}
