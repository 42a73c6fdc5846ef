import { describe, expect, it } from "vitest";
import { dayOf } from "./calendar.ts";
import type { DemoBatch } from "./demo-context.ts";
import { generateDemoBatches } from "./generate-demo-data.ts";

// Days of every kind: weekdays and weekends, month ends, a leap day, both sides of 1 April.
const asOfDays = ["2026-12-01", "2027-03-15", "2026-06-30", "2027-02-28", "2028-02-29"];

function generate(asOf: string, scale = 600): DemoBatch[] {
  return [...generateDemoBatches({ scale, seed: 1, asOf: dayOf(new Date(`${asOf}T00:00:00Z`)), batchSize: 250 })];
}

function all<K extends keyof DemoBatch>(batches: DemoBatch[], key: K): DemoBatch[K] {
  return batches.flatMap((batch): readonly unknown[] => batch[key]) as DemoBatch[K];
}

/** Everything that makes the data what it is, leaving out dates and the calendar's weekly rows. */
function shapeOf(batches: DemoBatch[]) {
  const assets = all(batches, "assets");
  const childrenOf = (id: string) => assets.filter((asset) => asset.parentId === id);
  const estates = assets
    .filter((asset) => asset.assetType === "Estate")
    .map((estate) => ({
      estate: estate.name,
      blocks: childrenOf(estate.id ?? "").map((block) => `${block.name}: ${childrenOf(block.id ?? "").length}`),
    }));
  const rowCounts = Object.fromEntries(
    (Object.keys(batches[0] ?? {}) as (keyof DemoBatch)[])
      .filter((key) => key !== "transactions")
      .map((key) => [key, all(batches, key).length]),
  );
  const suspense = all(batches, "transactions")
    .filter((transaction) => transaction.isSuspense)
    .map((transaction) => `${transaction.paymentReference} from ${transaction.senderName ?? "?"}`)
    .sort();
  return {
    rowCounts,
    estates,
    houses: assets.filter((asset) => asset.assetType === "House").length,
    persons: all(batches, "persons").map((person) => `${person.id} ${person.firstName} ${person.surname}`),
    tenures: all(batches, "tenures").map(
      (tenure) => `${tenure.id} ${tenure.paymentReference} ${tenure.tenureTypeCode}`,
    ),
    suspense,
  };
}

describe("demo data generation", () => {
  const reference = generate(asOfDays[0] ?? "");

  it.each(asOfDays.slice(1))(
    "as of %s it has the same estates, blocks, homes, people, tenures and suspense payments",
    (asOf) => {
      expect(shapeOf(generate(asOf))).toEqual(shapeOf(reference));
    },
  );

  it("the as-of day moves the dates: tenures start the same number of days before it", () => {
    const later = generate("2027-03-15");
    const shift = dayOf(new Date("2027-03-15")) - dayOf(new Date("2026-12-01"));
    const startDays = (batches: DemoBatch[]) =>
      all(batches, "tenures").map((tenure) => dayOf(new Date(tenure.startOfTenureDate ?? 0)));
    expect(startDays(later)).toEqual(startDays(reference).map((day) => day + shift));
  });

  it("has large blocks, estates of several blocks and payments in suspense at the default scale", () => {
    const { estates, suspense } = shapeOf(reference);
    const homesPerBlock = estates.flatMap((estate) => estate.blocks.map((block) => Number(block.split(": ")[1])));
    expect(Math.max(...homesPerBlock)).toBeGreaterThan(50);
    expect(Math.max(...estates.map((estate) => estate.blocks.length))).toBeGreaterThan(1);
    expect(suspense.length).toBeGreaterThan(10);
  });
});
