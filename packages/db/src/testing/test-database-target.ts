import { z } from "zod";

/** A PostgreSQL server where tests may create and drop databases of their own. */
export type DatabaseServer = { adminUrl: string; urlFor(database: string): string };

export type TestDatabaseTarget = ({ kind: "server" } & DatabaseServer) | { kind: "embedded" };

/** The server an environment variable names (blank counts as unset); a URL that is not PostgreSQL's is refused. */
export function databaseServerNamed(value: string | undefined): DatabaseServer | undefined {
  const adminUrl = z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .parse(value || undefined);
  if (!adminUrl) return undefined;
  return {
    adminUrl,
    urlFor(database) {
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      return url.toString();
    },
  };
}

/** TEST_DATABASE_URL names a server where tests may create and drop databases. */
export function testDatabaseTarget(): TestDatabaseTarget {
  const server = databaseServerNamed(process.env.TEST_DATABASE_URL);
  return server ? { kind: "server", ...server } : { kind: "embedded" };
}
