import { type MouseEvent, type ReactNode, type RefObject, useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { useSignedInUser } from "../auth/session-store.ts";
import { AppHeader } from "./app-header.tsx";
import { serviceName } from "./page-title.tsx";
import { ServiceNavigation } from "./service-navigation.tsx";

const mainContentId = "main-content";

function SkipLink() {
  // Focus the main element directly: a bare "#main-content" would go through the router as a navigation.
  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(mainContentId);
    if (main === null) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }

  return (
    <a href={`#${mainContentId}`} className="govuk-skip-link" onClick={skipToMain}>
      Skip to main content
    </a>
  );
}

/**
 * After a client-side navigation, screen readers would otherwise stay on the link that was
 * followed: move focus to the new page's main content, as a full page load would.
 */
function useFocusMainOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname, main]);
}

function AppFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s govuk-!-margin-0">{serviceName}: for council housing staff.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** The frame every page sits in: skip link, header, service navigation, main content, footer. */
export function PageShell({ children }: { children?: ReactNode }) {
  const user = useSignedInUser();
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(mainRef);

  return (
    <>
      <SkipLink />
      <AppHeader />
      {user === null ? null : <ServiceNavigation />}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper app-main" id={mainContentId} ref={mainRef} tabIndex={-1}>
          {children ?? <Outlet />}
        </main>
      </div>
      <AppFooter />
    </>
  );
}
