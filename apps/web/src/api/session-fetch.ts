import { endSession, getAccessToken } from "../auth/session-store.ts";

/**
 * fetch with the signed-in user's bearer token. A 401 from anything means the token is no longer
 * accepted, so the session ends here and the sign-in guard takes the user to sign in again.
 */
export async function sessionFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const token = getAccessToken();
  const headers = new Headers(init?.headers);
  if (token !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${token}`);
  const response = await fetch(input, { ...init, headers });
  if (response.status === 401 && token !== null) endSession("expired");
  return response;
}
