import { NavLink, useMatch } from "react-router";
import { financeRoles, useHasAnyRole, useIsReportingOnly } from "../auth/user-roles.ts";

function ServiceNavigationItem({ to, label, end }: { to: string; label: string; end: boolean }) {
  const isActive = useMatch({ path: to, end }) !== null;
  return (
    <li className={`govuk-service-navigation__item${isActive ? " govuk-service-navigation__item--active" : ""}`}>
      <NavLink to={to} end={end} className="govuk-service-navigation__link">
        {isActive ? <strong className="govuk-service-navigation__active-fallback">{label}</strong> : label}
      </NavLink>
    </li>
  );
}

/** The service's own sections, in the GOV.UK service navigation pattern. */
export function ServiceNavigation() {
  // The suspense account is for finance staff only; others would only meet a refusal there.
  const showsFinance = useHasAnyRole(financeRoles);
  // A reporting account may use none of the staff app's sections.
  const showsRecords = !useIsReportingOnly();
  return (
    <section className="govuk-service-navigation" aria-label="Service sections">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              <ServiceNavigationItem to="/" label="Home" end />
              {showsRecords ? (
                <>
                  <ServiceNavigationItem to="/search" label="Search" end={false} />
                  <ServiceNavigationItem to="/finance/accounts" label="Rent accounts" end={false} />
                </>
              ) : null}
              {showsFinance ? (
                <ServiceNavigationItem to="/finance/suspense" label="Suspense account" end={false} />
              ) : null}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
