// `pnpm bench <name>`: runs one benchmark by name (search, extracts, import, reindex, seed, transactions).
const benchmarks: Record<string, () => Promise<unknown>> = {
  search: () => import("./search.bench.ts"),
  extracts: () => import("./extract.bench.ts"),
  import: () => import("./import.bench.ts"),
  reindex: () => import("./reindex.bench.ts"),
  seed: () => import("./seed.bench.ts"),
  transactions: () => import("./transactions.bench.ts"),
};
const name = process.argv[2] ?? "search";
const run = benchmarks[name];
if (!run) {
  console.error(`Unknown benchmark "${name}". Available: ${Object.keys(benchmarks).join(", ")}`);
  process.exit(2);
}
await run();
