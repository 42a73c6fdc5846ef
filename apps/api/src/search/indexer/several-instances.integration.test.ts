import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Db, createDb } from "@housing/db/client";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { systemClock } from "../../kernel/clock.ts";
import { consumerLag, latestEventSequence, saveCheckpoint } from "../../outbox/outbox.repository.ts";
import { makeAsset, makeTenure, personInput } from "../../testing/factories.ts";
import { onRealPostgres } from "../../testing/real-postgres.ts";
import { actorWithRole, callerFor, silentLogger } from "../../testing/test-kit.ts";
import { PostgresSearchEngine } from "../postgres/postgres-search-engine.ts";
import { buildMissingIndexes, rebuildSearchIndex } from "../rebuild-search-index.ts";
import type { SearchEngine, SearchIndexName } from "../search-engine.port.ts";
import { indexDifferences } from "./index-differences.ts";
import { type OutboxIndexer, createOutboxIndexer, searchIndexerConsumer } from "./outbox-indexer.ts";
import { advisoryLocks } from "./search-lock.ts";

// Advisory locks exclude nobody on the embedded database (one session), so this runs on a server only.
const officer = actorWithRole("housing-officer");
/** The item at i, which the test made sure is there. */
function nth<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`No item ${i}`);
  return item;
}
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let database: TestDatabase;

/** One server instance's share of the work: its own connection pool, engine and locks. */
type Instance = { name: string; db: Db; search: SearchEngine; indexer: OutboxIndexer; stop(): Promise<void> };

function startInstance(name: string, writers: string[]): Instance {
  const db = createDb(database.url, { maxConnections: 8 });
  const engine = new PostgresSearchEngine(db);
  // Records who writes; a random delay, as a search engine across a network has, widens the window
  // in which two writers would cross.
  const search: SearchEngine = Object.create(engine, {
    write: {
      value: async (...args: Parameters<SearchEngine["write"]>) => {
        writers.push(name);
        await pause(Math.random() * 15);
        await engine.write(...args);
      },
    },
    rebuild: {
      value: async (index: SearchIndexName, load: Parameters<SearchEngine["rebuild"]>[1]) =>
        engine.rebuild(index, (write) =>
          load(async (docs) => {
            await pause(100);
            await write(docs);
          }),
        ),
    },
  }) as SearchEngine;
  const openLock = advisoryLocks({ databaseUrl: database.url, logger: silentLogger, instance: name });
  const indexer = createOutboxIndexer({
    db,
    search,
    logger: silentLogger,
    clock: systemClock,
    lock: openLock("search-indexer"),
    pollIntervalMs: 10,
    standbyRetryMs: 50,
  });
  indexer.start();
  let stopped: Promise<void> | undefined;
  return {
    name,
    db,
    search,
    indexer,
    stop() {
      stopped ??= indexer.stop().then(() => db.$disconnect());
      return stopped;
    },
  };
}

type Household = { personIds: string[]; tenureIds: string[] };

/** Persons in the households of a few shared tenures (each in one of their homes). */
async function makeHouseholds(persons: number, tenures: number): Promise<Household> {
  const caller = callerFor(database.db, officer);
  const tenureIds: string[] = [];
  for (let i = 0; i < tenures; i += 1) {
    const asset = await makeAsset(database.db, { addressLine1: `${i + 1} Churn Street` });
    tenureIds.push((await makeTenure(database.db, { assetId: asset.id })).id);
  }
  const personIds: string[] = [];
  for (let i = 0; i < persons; i += 1) {
    const person = await caller.person.create(personInput({ firstName: `Churner${i}` }));
    await caller.tenure.addHouseholdMember({
      tenureId: nth(tenureIds, i % tenures),
      personId: person.id,
      isResponsible: true,
    });
    personIds.push(person.id);
  }
  return { personIds, tenureIds };
}

/**
 * Renames and household changes by several writers at once, half through each instance: each
 * writer renames its own persons and moves them in and out of tenures the others use too.
 */
async function churn(households: Household, instances: readonly Instance[], rounds: number, label: string) {
  const writers = 4;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const caller = callerFor(nth(instances, writer % instances.length).db, officer);
      const own = households.personIds.filter((_, i) => i % writers === writer);
      for (let round = 0; round < rounds; round += 1) {
        const personId = nth(own, round % own.length);
        const { version } = await caller.person.get({ id: personId });
        await caller.person.update({ id: personId, version, data: { surname: `${label}W${writer}R${round}` } });
        const tenureId = nth(households.tenureIds, (writer + round) % households.tenureIds.length);
        const tenure = await caller.tenure.get({ id: tenureId });
        if (tenure.householdMembers.some((member) => member.id === personId)) {
          await caller.tenure.removeHouseholdMember({ tenureId, personId });
        } else {
          await caller.tenure.addHouseholdMember({ tenureId, personId, isResponsible: false });
        }
      }
    }),
  );
}

// Each test waits for the indexers with 60 s deadlines, so its own limit is longer than the suite's 30 s.
/** Waits, with a deadline, until the indexer's checkpoint has passed every event written. */
async function untilCaughtUp(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { pending } = await consumerLag(database.db, searchIndexerConsumer);
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`The indexer has not caught up: ${pending} events wait`);
    await pause(50);
  }
}

async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}`);
    await pause(50);
  }
}

/** The server process (`pnpm start`'s main.ts) on this database, port 0. */
function startServerProcess(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/composition/main.ts"], {
    cwd: fileURLToPath(new URL("../../..", import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      AUTH_JWT_SECRET: "integration-tests-sign-with-this-long-secret",
      DEV_SIGN_IN: "false",
      SEED_DEMO_DATA: "false",
    },
    stdio: "ignore",
  });
}

/**
 * The instance (application_name suffix) whose connection holds the indexer's advisory lock on this
 * test's database (a server on another database of the same cluster holds the same key there).
 */
async function indexerLockHolder(): Promise<string | null> {
  const rows = await database.db.$queryRaw<{ name: string }[]>`
    SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
    WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.objid = 1 AND l.granted
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND a.application_name LIKE 'housing search-indexer %'`;
  return rows[0]?.name.replace("housing search-indexer ", "") ?? null;
}

onRealPostgres("several instances on one database", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });
  beforeEach(async () => {
    const engine = new PostgresSearchEngine(database.db);
    await engine.reset();
    await database.db.outboxCheckpoint.deleteMany();
    await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });
  });

  it(
    "two indexers started together: one applies events, the other stands by, and every document equals the database after a churn",
    { timeout: 120_000 },
    async () => {
      const households = await makeHouseholds(16, 4);
      const writers: string[] = [];
      const instances = [startInstance("A", writers), startInstance("B", writers)];
      let active: string[] = [];
      try {
        await churn(households, instances, 30, "Churn");
        await untilCaughtUp();
        active = instances.filter((instance) => instance.indexer.isActive()).map((instance) => instance.name);
      } finally {
        await Promise.all(instances.map((instance) => instance.stop()));
      }
      expect(await indexDifferences(database.db)).toEqual([]);
      expect(active).toHaveLength(1);
      expect(new Set(writers)).toEqual(new Set(active));
    },
  );

  it("when the active indexer stops, the standby takes over", { timeout: 120_000 }, async () => {
    const households = await makeHouseholds(8, 3);
    const writers: string[] = [];
    const instances = [startInstance("A", writers), startInstance("B", writers)];
    try {
      await churn(households, instances, 10, "Before");
      await untilCaughtUp();
      const [active, standby] = instances[0]?.indexer.isActive() ? instances : [...instances].reverse();
      if (!active || !standby) throw new Error("Two instances were started");
      await active.stop();
      writers.length = 0;

      await churn(households, [standby], 10, "After");
      await untilCaughtUp();
      expect(standby.indexer.isActive()).toBe(true);
      expect(new Set(writers)).toEqual(new Set([standby.name]));
      await standby.stop();
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()));
    }
    expect(await indexDifferences(database.db)).toEqual([]);
  });

  it("when the active server process dies, the standby takes over", { timeout: 120_000 }, async () => {
    const households = await makeHouseholds(8, 3);
    const server = startServerProcess();
    const writers: string[] = [];
    let standby: Instance | undefined;
    try {
      await until(async () => (await indexerLockHolder()) !== null, "the server process to take the indexer's lock");
      standby = startInstance("standby", writers);
      await churn(households, [standby], 10, "Alive");
      await untilCaughtUp();
      expect(writers).toEqual([]);

      server.kill("SIGKILL");
      await churn(households, [standby], 10, "Dead");
      await untilCaughtUp();
      expect(await indexerLockHolder()).toBe("standby");
      expect(writers.length).toBeGreaterThan(0);
    } finally {
      server.kill("SIGKILL");
      await standby?.stop();
    }
    expect(await indexDifferences(database.db)).toEqual([]);
  });

  it(
    "two instances building the missing indexes at once, then two full rebuilds beside a churn, leave every document equal to the database",
    { timeout: 120_000 },
    async () => {
      const households = await makeHouseholds(12, 4);
      // As on a first start with data already there: nothing for the indexers to replay, no index.
      await saveCheckpoint(database.db, searchIndexerConsumer, await latestEventSequence(database.db));
      await new PostgresSearchEngine(database.db).reset();
      const writers: string[] = [];
      const instances = [startInstance("A", writers), startInstance("B", writers)];
      try {
        const built = await Promise.all(
          instances.map((instance) =>
            buildMissingIndexes({
              db: instance.db,
              search: instance.search,
              clock: systemClock,
              openLock: advisoryLocks({ databaseUrl: database.url, logger: silentLogger, instance: instance.name }),
            }),
          ),
        );
        expect(await indexDifferences(database.db)).toEqual([]);
        // One built every index; the other found them built once it had waited its turn.
        expect(built.filter((counts) => Object.keys(counts).length > 0)).toHaveLength(1);

        const rebuild = (instance: Instance) =>
          rebuildSearchIndex({
            db: instance.db,
            search: instance.search,
            clock: systemClock,
            openLock: advisoryLocks({ databaseUrl: database.url, logger: silentLogger, instance: instance.name }),
          });
        await Promise.all([...instances.map(rebuild), churn(households, instances, 10, "Rebuild")]);
        await untilCaughtUp();
      } finally {
        await Promise.all(instances.map((instance) => instance.stop()));
      }
      expect(await indexDifferences(database.db)).toEqual([]);
    },
  );
});
