import type { TPerson } from "@housing/schemas/person";

/** Only web addresses are followed: a stored "javascript:" address must never become a live link. */
function isWebAddress(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

/** Where this person is also recorded, in the council's other systems. */
export function PersonLinks({ links }: { links: TPerson["links"] }) {
  return (
    <section id="links" aria-labelledby="links-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="links-heading">
        Links to other services
      </h2>
      {links.length === 0 ? (
        <p className="govuk-body">This person has no records in other services.</p>
      ) : (
        <dl className="govuk-summary-list">
          {links.map((link) => {
            const description = [link.rel, link.externalId === null ? undefined : `reference ${link.externalId}`]
              .filter(Boolean)
              .join(", ");
            return (
              <div className="govuk-summary-list__row" key={link.id}>
                <dt className="govuk-summary-list__key">{link.system}</dt>
                <dd className="govuk-summary-list__value">
                  {link.href !== null && isWebAddress(link.href) ? (
                    <a className="govuk-link" href={link.href} rel="noreferrer noopener" target="_blank">
                      {description} (opens in new tab)
                    </a>
                  ) : (
                    description
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
