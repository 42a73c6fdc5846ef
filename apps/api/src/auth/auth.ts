import { loadOrCreateDevSecret } from "./dev-sign-in.ts";
import { type GroupRoles, defaultGroupRoles } from "./roles.ts";
import { type TokenVerifier, createTokenVerifier } from "./token-verifier.ts";

/** The settings auth reads from the environment (env.ts parses them). */
export type AuthConfig = {
  AUTH_JWT_SECRET?: string | undefined;
  AUTH_JWKS_URL?: string | undefined;
  AUTH_GROUPS?: GroupRoles | undefined;
  DEV_SIGN_IN: boolean;
  DATA_DIR: string;
};

export type Auth = {
  verifyToken: TokenVerifier;
  groupRoles: GroupRoles;
  /** Present only when the development sign-in is switched on. */
  devSignIn: { secret: Uint8Array } | undefined;
  /** False when no token could ever be accepted (no secret, no JWKS, no dev sign-in). */
  acceptsTokens: boolean;
};

/**
 * Tokens are HS256 with AUTH_JWT_SECRET whenever it is set; without it the development sign-in
 * uses a local secret kept in DATA_DIR.
 */
export async function createAuth(config: AuthConfig, clock: { now(): Date }): Promise<Auth> {
  const groupRoles = config.AUTH_GROUPS ?? defaultGroupRoles;
  const secret = config.AUTH_JWT_SECRET
    ? new TextEncoder().encode(config.AUTH_JWT_SECRET)
    : config.DEV_SIGN_IN
      ? await loadOrCreateDevSecret(config.DATA_DIR)
      : undefined;
  return {
    verifyToken: createTokenVerifier({
      groupRoles,
      clock,
      ...(secret ? { secret } : {}),
      ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : {}),
    }),
    groupRoles,
    devSignIn: config.DEV_SIGN_IN && secret ? { secret } : undefined,
    acceptsTokens: secret !== undefined || config.AUTH_JWKS_URL !== undefined,
  };
}
