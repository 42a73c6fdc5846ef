import {
  type TDevSignInResponse,
  type TRole,
  type TServiceArea,
  ZAuthConfig,
  ZDemoUsersResponse,
  ZDevSignInResponse,
  roleLabels,
} from "@housing/schemas/auth";
import { useMutation, useQuery } from "@tanstack/react-query";
import { requestJson } from "../api/rest-client.ts";
import { expiryOnThisClock } from "./session-expiry.ts";
import { type TSession, startSession } from "./session-store.ts";

export function useAuthConfig() {
  return useQuery({
    queryKey: ["auth", "config"],
    queryFn: ({ signal }) => requestJson("/auth/config", ZAuthConfig, { signal }),
    staleTime: Infinity,
  });
}

export function useDemoUsers({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: ["auth", "demo-users"],
    queryFn: ({ signal }) => requestJson("/auth/demo-users", ZDemoUsersResponse, { signal }),
    enabled,
    staleTime: Infinity,
  });
}

function sessionFromSignIn(response: TDevSignInResponse): TSession {
  const { id, name, email, role, serviceAreas } = response.user;
  return {
    token: response.token,
    expiresAt: expiryOnThisClock(response.token, response.expiresAt),
    user: { id, name, email, roles: [role], serviceAreas },
  };
}

/** Development sign-in: the server mints a token for a demo user; off wherever real sign-on runs. */
export function useDevSignIn() {
  return useMutation({
    mutationFn: (userId: string) =>
      requestJson("/auth/dev-sign-in", ZDevSignInResponse, { method: "POST", body: { userId } }),
    onSuccess: (response) => startSession(sessionFromSignIn(response)),
  });
}

/** The labels staff know the user's roles by, e.g. "Housing officer". */
export function roleLabelsOf(roles: readonly TRole[]): string {
  return roles.length === 0 ? "No role" : roles.map((role) => roleLabels[role]).join(", ");
}

const serviceAreaLabels: Record<TServiceArea, string> = {
  housing: "Housing",
  finance: "Finance",
  "social-care": "Social care",
};

export function serviceAreaLabelsOf(serviceAreas: readonly TServiceArea[]): string {
  return serviceAreas.length === 0 ? "No service area" : serviceAreas.map((area) => serviceAreaLabels[area]).join(", ");
}
