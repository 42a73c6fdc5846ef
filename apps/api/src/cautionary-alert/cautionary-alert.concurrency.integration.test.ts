import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clockOnDay } from "../kernel/clock.ts";
import { personInput } from "../testing/factories.ts";
import { inParallel, onRealPostgres } from "../testing/real-postgres.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

// Each race is run several times: an interleaving that breaks the rule shows up in most rounds.
const rounds = 5;
let database: TestDatabase;

onRealPostgres("cautionary alerts under parallel requests (real PostgreSQL)", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("of several managers ending one alert at once, exactly one wins and one event is written", async () => {
    const clock = clockOnDay("2026-06-15");
    const manager = (n: number) => callerFor(database.db, actorWithRole("housing-manager", `manager-${n}`), { clock });
    for (let round = 0; round < rounds; round += 1) {
      const personId = (await manager(0).person.create(personInput())).id;
      const alert = await manager(0).cautionaryAlert.raise({
        targetType: "person",
        targetId: personId,
        alertCode: "PV",
        description: "Assaulted a neighbour",
        startDate: "2026-01-01",
      });
      const outcomes = await inParallel(4, (n) =>
        manager(n)
          .cautionaryAlert.end({ id: alert.id, version: 1, endDate: "2026-06-1" + String(n), endReason: `r${n}` })
          .then(
            () => "ended",
            (error: unknown) => (error as { code?: string }).code ?? String(error),
          ),
      );
      expect(outcomes.filter((o) => o === "ended")).toHaveLength(1);
      expect(outcomes.filter((o) => o === "CONFLICT")).toHaveLength(3);
      const events = await database.db.domainEvent.count({
        where: { entityId: alert.id, eventType: "CautionaryAlertEndedEvent" },
      });
      expect(events).toBe(1);
      const row = await database.db.cautionaryAlert.findUniqueOrThrow({ where: { id: alert.id } });
      expect(row.version).toBe(2);
      expect(`r${String(row.endDate?.getUTCDate() ?? 0).slice(-1)}`).toBe(row.endReason);
    }
  });
});
