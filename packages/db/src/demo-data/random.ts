/** A seeded source of randomness: the same seed always gives the same sequence. */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `length` decimal digits, leading zeros allowed. */
  digits(length: number): string;
};

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for demo data and fully reproducible. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Mixes a seed with a stream name, so independent streams (ids, values) never share a sequence. */
export function deriveSeed(seed: number, stream: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) {
    hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  }
  return Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function hexWord(word: number): string {
  return (
    (HEX[word >>> 24] ?? "") +
    (HEX[(word >>> 16) & 255] ?? "") +
    (HEX[(word >>> 8) & 255] ?? "") +
    (HEX[word & 255] ?? "")
  );
}

export function createRandom(seed: number): Random {
  const nextUint32 = mulberry32(seed);
  const next = () => nextUint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("Cannot pick from an empty list");
      return item;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let target = next() * total;
      for (const [value, weight] of entries) {
        target -= weight;
        if (target < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (last === undefined) throw new Error("Cannot pick from an empty list");
      return last[0];
    },
    digits(length) {
      let out = "";
      for (let i = 0; i < length; i++) out += String(Math.floor(next() * 10));
      return out;
    },
  };
}

/**
 * A whole number from one of several ranges, the range picked by weight. A number is drawn from
 * every range first and the range picked last, so the draws are those the demo data was made with.
 */
export function weightedInt(
  random: Random,
  ranges: readonly (readonly [min: number, max: number, weight: number])[],
): number {
  return random.weighted(ranges.map(([min, max, weight]) => [random.int(min, max), weight] as const));
}

/**
 * Deterministic UUIDs in the version-7 layout: a synthetic millisecond clock (starting at a
 * seed-dependent instant in 2024 and ticking once per id) then random bits. Ids made later sort
 * later, so bulk inserts append to the primary-key index instead of scattering over it.
 */
export function createIdGenerator(seed: number): () => string {
  const nextUint32 = mulberry32(seed);
  let clock = Date.UTC(2024, 0, 1) + (nextUint32() % 2 ** 31);
  return () => {
    clock += 1;
    const high = Math.floor(clock / 65536);
    const low = clock % 65536;
    const random = nextUint32();
    const variant = ((nextUint32() & 0x3fffffff) | 0x80000000) >>> 0;
    const tail = hexWord(nextUint32());
    return `${hexWord(high)}-${hexWord(low).slice(4)}-7${hexWord(random).slice(5)}-${hexWord(variant).slice(0, 4)}-${hexWord(variant).slice(4)}${tail}`;
  };
}
