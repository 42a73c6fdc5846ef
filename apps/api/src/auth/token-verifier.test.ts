import { SignJWT, exportJWK, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { AppError } from "../kernel/app-error.ts";
import { defaultGroupRoles } from "./roles.ts";
import { type VerifiedToken, createTokenVerifier, extractToken, rememberingVerifiedTokens } from "./token-verifier.ts";

const secret = new TextEncoder().encode("a-test-secret-that-is-long-enough-for-hs256");
const now = new Date("2026-03-02T10:00:00Z");
const clock = { now: () => now };
const nowSeconds = Math.floor(now.getTime() / 1000);

function token(
  claims: Record<string, unknown> = {},
  options: { key?: Uint8Array; expiresAt?: number; subject?: string | null } = {},
) {
  const jwt = new SignJWT({
    name: "Hannah Holt",
    email: "hannah.holt@example.org",
    groups: ["housing-officer"],
    ...claims,
  })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt(nowSeconds - 60)
    .setExpirationTime(options.expiresAt ?? nowSeconds + 3600);
  if (options.subject !== null) jwt.setSubject(options.subject ?? "user-1");
  return jwt.sign(options.key ?? secret);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("Unauthenticated");
  return error as AppError;
}

describe("extractToken", () => {
  it("accepts a Bearer header, any case", () => {
    expect(extractToken("Bearer abc.def.ghi")).toBe("abc.def.ghi");
    expect(extractToken("bearer   abc.def.ghi")).toBe("abc.def.ghi");
  });

  it("accepts the raw token without the Bearer prefix", () => {
    expect(extractToken("abc.def.ghi")).toBe("abc.def.ghi");
  });

  it("treats a missing or empty header as no token", () => {
    expect(extractToken(undefined)).toBeUndefined();
    expect(extractToken("  ")).toBeUndefined();
    expect(extractToken("Bearer ")).toBeUndefined();
  });
});

describe("token verification", () => {
  const verify = createTokenVerifier({ secret, groupRoles: defaultGroupRoles, clock });

  it("an HS256 token signed with the secret gives the actor its groups grant", async () => {
    await expect(verify(await token())).resolves.toEqual({
      id: "user-1",
      name: "Hannah Holt",
      email: "hannah.holt@example.org",
      roles: ["housing-officer"],
      serviceAreas: ["housing"],
    });
  });

  it("a lone group sent as a string counts as one group", async () => {
    const actor = await verify(await token({ groups: "finance-officer" }));
    expect(actor.roles).toEqual(["finance-officer"]);
  });

  it("a token signed with another secret is refused", async () => {
    await refusal(verify(await token({}, { key: new TextEncoder().encode("another-secret-that-is-long-enough-too") })));
  });

  it("an expired token is refused and says so", async () => {
    const error = await refusal(verify(await token({}, { expiresAt: nowSeconds - 3600 })));
    expect(error.message).toMatch(/expired/);
  });

  it("a token without a subject is refused", async () => {
    await refusal(verify(await token({}, { subject: null })));
  });

  it("a token without name and email claims is refused", async () => {
    await refusal(verify(await token({ name: undefined, email: undefined })));
  });

  it("an unsigned (alg none) token is refused", async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode({ alg: "none" })}.${encode({ sub: "x", name: "x", email: "x", groups: ["admin"], exp: nowSeconds + 60 })}.`;
    await refusal(verify(unsigned));
  });

  it("something that is not a JWT is refused", async () => {
    await refusal(verify("not-a-token"));
  });

  it("an RS256 token is refused when no JWKS is configured", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const rs = await new SignJWT({ name: "x", email: "x", groups: ["admin"] })
      .setProtectedHeader({ alg: "RS256" })
      .setSubject("x")
      .setExpirationTime(nowSeconds + 60)
      .sign(privateKey);
    await refusal(verify(rs));
  });

  it("without a secret, HS256 tokens are refused", async () => {
    const verifyWithoutSecret = createTokenVerifier({ groupRoles: defaultGroupRoles, clock });
    await refusal(verifyWithoutSecret(await token()));
  });

  it("a JWKS key is accepted when its URL is configured", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256", use: "sig" };
    const { createServer } = await import("node:http");
    const server = createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const verifyWithJwks = createTokenVerifier({
        jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
        groupRoles: defaultGroupRoles,
        clock,
      });
      const es = await new SignJWT({ name: "Alex Morgan", email: "alex.morgan@example.org", groups: ["admin"] })
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setSubject("idp-user")
        .setExpirationTime(nowSeconds + 60)
        .sign(privateKey);
      const actor = await verifyWithJwks(es);
      expect(actor.roles).toEqual(["admin"]);
    } finally {
      server.close();
    }
  });
});

describe("verified tokens remembered until they expire", () => {
  const actor = { id: "user-1", name: "Hannah Holt", email: "h@example.org", roles: [], serviceAreas: [] };
  const expiresAt = now.getTime() + 60_000;

  function counted(answer: (token: string) => VerifiedToken = () => ({ actor, expiresAt })) {
    const checked: string[] = [];
    const verify = async (token: string) => {
      checked.push(token);
      if (token.startsWith("bad")) throw new AppError("Unauthenticated", "The sign-in token could not be verified");
      return answer(token);
    };
    return { checked, verify };
  }

  it("checks a token's signature once while it is valid, and again once it has expired", async () => {
    let at = now;
    const { checked, verify } = counted();
    const remembering = rememberingVerifiedTokens(verify, { now: () => at });
    expect(await remembering("t1")).toEqual(actor);
    expect(await remembering("t1")).toEqual(actor);
    expect(checked).toEqual(["t1"]);

    at = new Date(expiresAt);
    await remembering("t1");
    expect(checked).toEqual(["t1", "t1"]);
  });

  it("never remembers a refused token, nor trusts another token for one remembered", async () => {
    const { checked, verify } = counted();
    const remembering = rememberingVerifiedTokens(verify, clock);
    await refusal(remembering("bad.token"));
    await refusal(remembering("bad.token"));
    await remembering("t1");
    await remembering("t1.other-signature");
    expect(checked).toEqual(["bad.token", "bad.token", "t1", "t1.other-signature"]);
  });

  it("lets the oldest token go past its limit", async () => {
    const { checked, verify } = counted();
    const remembering = rememberingVerifiedTokens(verify, clock, 2);
    for (const token of ["t1", "t2", "t3", "t2", "t1"]) await remembering(token);
    expect(checked).toEqual(["t1", "t2", "t3", "t1"]);
  });

  it("refuses a token that has expired since the server last accepted it", async () => {
    let at = now;
    const verify = createTokenVerifier({ secret, groupRoles: defaultGroupRoles, clock: { now: () => at } });
    const shortLived = await token({}, { expiresAt: nowSeconds + 60 });
    await verify(shortLived);
    at = new Date(now.getTime() + 60_000 + 31_000);
    expect((await refusal(verify(shortLived))).message).toMatch(/expired/);
  });
});
