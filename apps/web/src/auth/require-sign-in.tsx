import { Navigate, Outlet, useLocation } from "react-router";
import { signInPathFor } from "./return-to.ts";
import { useSessionState } from "./session-store.ts";

/** Route guard: pages under it need a signed-in user; anyone else signs in first and comes back. */
export function RequireSignIn() {
  const { session } = useSessionState();
  const location = useLocation();

  if (session === null) {
    return <Navigate to={signInPathFor(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  return <Outlet />;
}
