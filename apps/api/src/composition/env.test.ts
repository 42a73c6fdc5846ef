import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env.ts";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error("expected the environment to be refused");
}

describe("environment", () => {
  it("an empty environment runs on port 3000 of this machine only, with the embedded database, dev sign-in and demo data", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      DEV_SIGN_IN: true,
      SEED_DEMO_DATA: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(path.basename(env.DATA_DIR)).toBe(".data");
    expect(path.isAbsolute(env.DATA_DIR)).toBe(true);
  });

  it("with DATABASE_URL, dev sign-in and demo data are off unless switched on", () => {
    const url = "postgresql://housing@db.example.org:5432/housing";
    expect(parseEnv({ DATABASE_URL: url })).toMatchObject({ DEV_SIGN_IN: false, SEED_DEMO_DATA: false });
    expect(parseEnv({ DATABASE_URL: url, DEV_SIGN_IN: "true", SEED_DEMO_DATA: "yes" })).toMatchObject({
      DEV_SIGN_IN: true,
      SEED_DEMO_DATA: true,
    });
  });

  it("with the development sign-in on, the server listens on 127.0.0.1 unless HOST is set", () => {
    expect(parseEnv({})).toMatchObject({ HOST: "127.0.0.1", hostLimitedByDevSignIn: true });
    const database = "postgresql://housing@db.example.org:5432/housing";
    expect(parseEnv({ DATABASE_URL: database, DEV_SIGN_IN: "true" })).toMatchObject({
      HOST: "127.0.0.1",
      hostLimitedByDevSignIn: true,
    });
    expect(parseEnv({ HOST: "0.0.0.0" })).toMatchObject({ HOST: "0.0.0.0", hostLimitedByDevSignIn: false });
    expect(parseEnv({ HOST: " " })).toMatchObject({ HOST: "127.0.0.1", hostLimitedByDevSignIn: true });
  });

  it("without the development sign-in, the server listens on every address unless HOST is set", () => {
    expect(parseEnv({ DEV_SIGN_IN: "false" })).toMatchObject({ HOST: "0.0.0.0", hostLimitedByDevSignIn: false });
    const database = "postgresql://housing@db.example.org:5432/housing";
    expect(parseEnv({ DATABASE_URL: database })).toMatchObject({ HOST: "0.0.0.0", hostLimitedByDevSignIn: false });
    expect(parseEnv({ DATABASE_URL: database, HOST: "10.0.0.5" }).HOST).toBe("10.0.0.5");
  });

  it("TRUST_PROXY believes no proxy by default, every proxy, the nearest hops, or listed addresses", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: "10.0.0.0/8, 192.0.2.7,::1" }).TRUST_PROXY).toEqual([
      "10.0.0.0/8",
      "192.0.2.7",
      "::1",
    ]);
    expect(() => parseEnv({ TRUST_PROXY: "the load balancer" })).toThrow(/TRUST_PROXY: Use true, false, a number/);
  });

  it("CORS_ORIGINS allows no origin by default, or the listed origins, and refuses anything but an origin", () => {
    expect(parseEnv({}).CORS_ORIGINS).toEqual([]);
    expect(parseEnv({ CORS_ORIGINS: "https://lettings.example.gov.uk/, http://localhost:5173" }).CORS_ORIGINS).toEqual([
      "https://lettings.example.gov.uk",
      "http://localhost:5173",
    ]);
    for (const refused of ["*", "https://example.org/app", "lettings.example.gov.uk", "ftp://example.org"]) {
      expect(() => parseEnv({ CORS_ORIGINS: refused }), refused).toThrow(/CORS_ORIGINS: List origins/);
    }
  });

  it("dev sign-in can be switched off with the embedded database", () => {
    expect(parseEnv({ DEV_SIGN_IN: "false" }).DEV_SIGN_IN).toBe(false);
  });

  it("blank variables count as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: " " })).toMatchObject({ PORT: 3000, DEV_SIGN_IN: true });
  });

  it("AUTH_GROUPS maps directory groups to roles", () => {
    const env = parseEnv({ AUTH_GROUPS: '{"HACKNEY-HOUSING":"housing-officer","HACKNEY-ADMINS":"admin"}' });
    expect(env.AUTH_GROUPS).toEqual({ "HACKNEY-HOUSING": "housing-officer", "HACKNEY-ADMINS": "admin" });
  });

  it("every invalid variable is named in the refusal", () => {
    const problems = problemsOf({
      PORT: "eighty",
      AUTH_JWT_SECRET: "short",
      DEV_SIGN_IN: "maybe",
      DATABASE_URL: "mysql://x",
      AUTH_GROUPS: "{not json",
      ELASTICSEARCH_URL: "not a url",
      ELASTICSEARCH_INDEX_PREFIX: "Housing Prod",
    });
    for (const name of [
      "PORT",
      "AUTH_JWT_SECRET",
      "DEV_SIGN_IN",
      "DATABASE_URL",
      "AUTH_GROUPS",
      "ELASTICSEARCH_URL",
      "ELASTICSEARCH_INDEX_PREFIX",
    ]) {
      expect(
        problems.some((problem) => problem.startsWith(`${name}:`)),
        name,
      ).toBe(true);
    }
  });

  it("DEMO_AS_OF takes a calendar date and refuses anything else", () => {
    expect(parseEnv({ DEMO_AS_OF: "2027-03-15" }).DEMO_AS_OF).toBe("2027-03-15");
    expect(parseEnv({}).DEMO_AS_OF).toBeUndefined();
    for (const bad of ["2027-02-30", "15/03/2027", "tomorrow"]) {
      expect(problemsOf({ DEMO_AS_OF: bad }).join()).toMatch(/^DEMO_AS_OF: Use a date such as/);
    }
  });

  it("AUTH_GROUPS naming an unknown role is refused", () => {
    expect(problemsOf({ AUTH_GROUPS: '{"g":"superuser"}' }).join()).toMatch(/^AUTH_GROUPS/);
  });
});
