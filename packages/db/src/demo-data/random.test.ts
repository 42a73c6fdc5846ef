import { describe, expect, it } from "vitest";
import { createIdGenerator, createRandom, deriveSeed, mulberry32, weightedInt } from "./random.ts";

const take = <T>(count: number, next: () => T): T[] => Array.from({ length: count }, next);

describe("seeded randomness", () => {
  it("the same seed gives the same sequence, a different seed a different one", () => {
    expect(take(50, mulberry32(42))).toEqual(take(50, mulberry32(42)));
    expect(take(50, mulberry32(42))).not.toEqual(take(50, mulberry32(43)));
  });

  it("draws stay inside their ranges and cover them", () => {
    const random = createRandom(7);
    const values = take(5_000, () => random.int(3, 9));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(9);
    const floats = take(5_000, () => random.next());
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true);
    expect(random.digits(12)).toMatch(/^\d{12}$/);
  });

  it("weighted picks follow their weights and never pick a zero weight", () => {
    const random = createRandom(11);
    const picks = take(10_000, () =>
      random.weighted([
        ["a", 3],
        ["b", 1],
        ["never", 0],
      ] as const),
    );
    const share = picks.filter((p) => p === "a").length / picks.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
    expect(picks).not.toContain("never");
  });

  it("a weighted whole number draws one number from every range, then picks a range by weight", () => {
    const ranges = [
      [1, 3, 3],
      [10, 19, 1],
    ] as const;
    const [a, b] = [createRandom(3), createRandom(3)];
    const drawn = take(1_000, () => weightedInt(a, ranges));
    const byHand = take(1_000, () => b.weighted([[b.int(1, 3), 3] as const, [b.int(10, 19), 1] as const]));
    expect(drawn).toEqual(byHand);
    expect(drawn.every((n) => (n >= 1 && n <= 3) || (n >= 10 && n <= 19))).toBe(true);
  });

  it("picking from an empty list is refused rather than returning undefined", () => {
    expect(() => createRandom(1).pick([])).toThrow("empty");
  });

  it("derived streams differ by name and are stable for a seed", () => {
    expect(deriveSeed(1, "ids")).toBe(deriveSeed(1, "ids"));
    expect(deriveSeed(1, "ids")).not.toBe(deriveSeed(1, "values"));
    expect(deriveSeed(1, "ids")).not.toBe(deriveSeed(2, "ids"));
  });

  it("ids are reproducible, unique, valid version-7 UUIDs that sort in the order they were made", () => {
    const first = take(10_000, createIdGenerator(5));
    expect(take(10_000, createIdGenerator(5))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first.slice(0, 100)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect([...first].sort()).toEqual(first);
    expect(take(10, createIdGenerator(6))).not.toEqual(first.slice(0, 10));
  });
});
