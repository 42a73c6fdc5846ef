import { useEffect } from "react";
import { useLocation } from "react-router";

/** The person page's sections, in page order; each link puts its section in the address (#contact-details). */
export const personSections = [
  { id: "personal-details", label: "Personal details" },
  { id: "tenures", label: "Tenures" },
  { id: "cautionary-alerts", label: "Cautionary alerts" },
  { id: "contact-details", label: "Contact details" },
  { id: "links", label: "Links to other services" },
  { id: "equality-information", label: "Equality information" },
  { id: "activity-history", label: "Activity history" },
] as const;

/** One click to any part of the record, beside the facts at the top. */
export function PersonSectionNavigation() {
  return (
    <nav className="app-section-navigation" aria-labelledby="person-sections-heading">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="person-sections-heading">
        On this record
      </h2>
      <ul className="govuk-list app-section-navigation__list">
        {personSections.map(({ id, label }) => (
          <li key={id}>
            <a className="govuk-link app-section-navigation__link" href={`#${id}`}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A link or reload with a section in its address (/persons/:id#contact-details) opens at that
 * section once the record has loaded: the browser's own jump happens before the sections exist.
 */
export function useOpenAtSectionInAddress(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === "") return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
}
