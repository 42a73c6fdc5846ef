import { z } from "zod";

export type TestDatabaseTarget =
  { kind: "server"; adminUrl: string; urlFor(database: string): string } | { kind: "embedded" };

/** TEST_DATABASE_URL names a server where tests may create and drop databases. */
export function testDatabaseTarget(): TestDatabaseTarget {
  const adminUrl = z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .parse(process.env.TEST_DATABASE_URL || undefined);
  if (!adminUrl) return { kind: "embedded" };
  return {
    kind: "server",
    adminUrl,
    urlFor(database) {
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      return url.toString();
    },
  };
}
