import type { Db } from "@housing/db/client";
import type { TRole } from "@housing/schemas/auth";
import { SignJWT } from "jose";
import { Writable } from "node:stream";
import { type Logger, pino } from "pino";
import { appRouter } from "../composition/app-router.ts";
import type { AccessPolicy } from "../auth/access-policy.ts";
import type { Actor } from "../auth/actor.ts";
import { serviceAreasForRoles } from "../auth/roles.ts";
import { type Clock, systemClock } from "../kernel/clock.ts";
import { createContextInner } from "../composition/context.ts";
import { parseEnv } from "../composition/env.ts";
import { createOutboxIndexer } from "../search/indexer/outbox-indexer.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";
import { createServer } from "../composition/server.ts";
import { createCallerFactory } from "../http/trpc.ts";

export const silentLogger = pino({ level: "silent" });

/** A logger at info whose JSON lines a test reads, to check what the server writes to its log. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: pino({ level: "info" }, capture), lines };
}
const testSecret = "integration-tests-sign-with-this-long-secret";

/** Feeds every event written so far to the search engine, as the server's indexer would. */
export async function drainOutbox(db: Db, search: SearchEngine): Promise<void> {
  await createOutboxIndexer({ db, search, logger: silentLogger, clock: systemClock, gapGraceMs: 0 }).drain();
}

/** A member of staff holding exactly one role. */
export function actorWithRole(role: TRole, id = `${role}-1`): Actor {
  const name = `Test ${role.replace(/-/g, " ")}`;
  return { id, name, email: `${id}@example.org`, roles: [role], serviceAreas: serviceAreasForRoles([role]) };
}

const createCaller = createCallerFactory(appRouter);

export type CallerOptions = { correlationId?: string; access?: AccessPolicy; search?: SearchEngine; clock?: Clock };

/** The tRPC router called in-process, as the given actor. */
export function callerFor(db: Db, actor: Actor | null, options: CallerOptions = {}) {
  return createCaller(createContextInner({ db, actor, logger: silentLogger, ...options }));
}

/** The real HTTP server on a free port, with a way to mint tokens it accepts. */
export async function startTestServer(
  db: Db,
  { env, ...options }: { search?: SearchEngine; env?: Record<string, string> } = {},
) {
  const server = await createServer({
    db,
    ...options,
    config: parseEnv({
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      AUTH_JWT_SECRET: testSecret,
      DEV_SIGN_IN: "false",
      ...env,
    }),
    logger: silentLogger,
  });
  const { url } = await server.start(0);
  return {
    url,
    stop: () => server.stop(),
    async tokenFor(role: TRole, id = `${role}-1`): Promise<string> {
      const actor = actorWithRole(role, id);
      return new SignJWT({ name: actor.name, email: actor.email, groups: [role] })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(actor.id)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(new TextEncoder().encode(testSecret));
    },
  };
}
