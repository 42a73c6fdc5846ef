import type { TServiceArea } from "@housing/schemas/auth";
import { useSignedInUser } from "../auth/session-store.ts";
import { trpc } from "../trpc.ts";

/**
 * The service areas the signed-in user records contact details for, as the server last confirmed
 * them (auth.me, the query the sign-in guard already makes), falling back to the session's.
 */
export function useUserServiceAreas(): readonly TServiceArea[] {
  const me = trpc.auth.me.useQuery(undefined, { staleTime: 5 * 60_000 });
  const user = useSignedInUser();
  return me.data?.serviceAreas ?? user?.serviceAreas ?? [];
}
