import { type JWTVerifyGetKey, createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify } from "jose";
import { storable } from "@housing/schemas/text";
import { z } from "zod";
import { AppError } from "../kernel/app-error.ts";
import { type Actor, actorFromClaims } from "./actor.ts";
import type { GroupRoles } from "./roles.ts";

// Claims end up in the records a user writes (createdBy), so they must be storable text too.
const ZClaimText = storable(z.string(), "a claim");
const ZTokenClaims = z.object({
  sub: ZClaimText.min(1),
  name: ZClaimText.min(1),
  email: ZClaimText.min(1),
  // Some directories send a lone group as a string.
  groups: z.union([ZClaimText.transform((group) => [group]), z.array(ZClaimText)]).default([]),
});

export type TokenVerifier = (token: string) => Promise<Actor>;

export type TokenVerifierOptions = {
  /** HS256 shared secret (AUTH_JWT_SECRET, or the local development secret). */
  secret?: Uint8Array;
  /** Asymmetric keys published by an identity provider (AUTH_JWKS_URL). */
  jwksUrl?: string;
  groupRoles: GroupRoles;
  clock?: { now(): Date };
};

const asymmetricAlgorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/** `Bearer <token>` or the raw token; undefined when there is none. */
export function extractToken(authorization: string | undefined): string | undefined {
  const value = authorization?.trim();
  if (!value) return undefined;
  const token = value.replace(/^bearer(\s+|$)/i, "").trim();
  return token === "" ? undefined : token;
}

/** A verified token's actor, and when the token expires (ms since the epoch). */
export type VerifiedToken = { actor: Actor; expiresAt: number };

/** Builds a verifier that turns a token into an Actor, or throws Unauthenticated with a reason. */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  return rememberingVerifiedTokens(verifyingSignatures(options), options.clock);
}

/**
 * Tokens already verified, with the actor each names, until they expire: checking a token's
 * signature (WebCrypto's HMAC, or RSA for an identity provider's keys, run off the main thread)
 * was a sixth of the server's work for a search, and a user sends the same token with every
 * request. Keyed by the whole token, signature included, so only the very token verified is
 * trusted again; a refused token is never remembered, and the oldest go first past `maxTokens`.
 */
export function rememberingVerifiedTokens(
  verify: (token: string) => Promise<VerifiedToken>,
  clock: { now(): Date } = { now: () => new Date() },
  maxTokens = 5_000,
): TokenVerifier {
  const verified = new Map<string, VerifiedToken>();
  return async (token) => {
    const known = verified.get(token);
    if (known && clock.now().getTime() < known.expiresAt) return known.actor;
    verified.delete(token);
    const fresh = await verify(token);
    if (verified.size >= maxTokens) verified.delete(verified.keys().next().value ?? "");
    verified.set(token, fresh);
    return fresh.actor;
  };
}

function verifyingSignatures(options: TokenVerifierOptions): (token: string) => Promise<VerifiedToken> {
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  const common = () => ({ requiredClaims: ["sub", "exp"], clockTolerance: 30, currentDate: options.clock?.now() });

  return async (token) => {
    let algorithm: string | undefined;
    try {
      algorithm = decodeProtectedHeader(token).alg;
    } catch {
      throw new AppError("Unauthenticated", "The sign-in token is not a valid JWT");
    }
    try {
      const { payload } =
        algorithm === "HS256" && options.secret
          ? await jwtVerify(token, options.secret, { ...common(), algorithms: ["HS256"] })
          : jwks && algorithm && asymmetricAlgorithms.includes(algorithm)
            ? await jwtVerify(token, jwks, { ...common(), algorithms: asymmetricAlgorithms })
            : refuse(`Tokens signed with ${algorithm ?? "no algorithm"} are not accepted`);
      const claims = ZTokenClaims.safeParse(payload);
      if (!claims.success) {
        throw new AppError("Unauthenticated", "The sign-in token lacks the name, email or groups claims");
      }
      // exp is required above; the tolerance of a token just expired is left to a fresh check.
      return { actor: actorFromClaims(claims.data, options.groupRoles), expiresAt: (payload.exp ?? 0) * 1000 };
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (error instanceof errors.JWTExpired) throw new AppError("Unauthenticated", "Your sign-in has expired");
      throw new AppError("Unauthenticated", "The sign-in token could not be verified");
    }
  };
}

function refuse(reason: string): never {
  throw new AppError("Unauthenticated", reason);
}
