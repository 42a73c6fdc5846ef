import { useEffect } from "react";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./not-found-page.tsx";
import { ProblemContent, StandaloneProblemPage } from "./problem-page.tsx";

function isNotFound(error: unknown): boolean {
  return isRouteErrorResponse(error) && error.status === 404;
}

/** The route's error, logged once for whoever opens the console (not on every render). */
function useLoggedRouteError(): unknown {
  const error = useRouteError();
  useEffect(() => {
    if (!isNotFound(error)) console.error("A page failed:", error);
  }, [error]);
  return error;
}

/**
 * Error element for pages inside the shell: the header stays, the page says what happened.
 * A loader that throws `data(null, { status: 404 })` gets the not-found page.
 */
export function RouteErrorPage() {
  const error = useLoggedRouteError();
  return isNotFound(error) ? <NotFoundPage /> : <ProblemContent />;
}

/** Error element of the root route, for when the page shell itself failed. */
export function RootErrorPage() {
  useLoggedRouteError();
  return <StandaloneProblemPage />;
}
