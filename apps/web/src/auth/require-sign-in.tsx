import { Navigate, Outlet, useLocation } from "react-router";
import { trpc } from "../trpc.ts";
import { signInPathFor } from "./return-to.ts";
import { useSessionState } from "./session-store.ts";

/** Asks the server who the token belongs to: a token it no longer accepts answers 401, which ends the session. */
function useTokenCheck(enabled: boolean): void {
  trpc.auth.me.useQuery(undefined, { enabled, staleTime: 5 * 60_000 });
}

/** Route guard: pages under it need a signed-in user; anyone else signs in first and comes back. */
export function RequireSignIn() {
  const { session, endReason } = useSessionState();
  const location = useLocation();
  useTokenCheck(session !== null);

  if (session === null) {
    // After signing out, the next person to sign in starts from the home page, not the last officer's page.
    const signInPath =
      endReason === "signed-out" ? "/sign-in" : signInPathFor(`${location.pathname}${location.search}${location.hash}`);
    return <Navigate to={signInPath} replace />;
  }
  return <Outlet />;
}
