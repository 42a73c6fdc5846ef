import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./not-found-page.tsx";
import { ProblemContent, StandaloneProblemPage } from "./problem-page.tsx";

function useLoggedRouteError(): unknown {
  const error = useRouteError();
  if (!(isRouteErrorResponse(error) && error.status === 404)) console.error(error);
  return error;
}

/** Error element for pages inside the shell: the header stays, the page says what happened. */
export function RouteErrorPage() {
  const error = useLoggedRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ProblemContent />;
}

/** Error element of the root route, for when the page shell itself failed. */
export function RootErrorPage() {
  useLoggedRouteError();
  return <StandaloneProblemPage />;
}
