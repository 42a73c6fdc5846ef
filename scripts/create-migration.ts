// Writes prisma/migrations/<timestamp>_<name>/migration.sql for the difference between the schema
// as last committed and the working-tree schema (`prisma migrate dev` cannot run here: TOOLCHAIN.md).
import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { startEmbeddedPostgres } from "../packages/db/src/embedded-postgres.ts";
import { migrationsDir } from "../packages/db/src/migrate.ts";

const run = promisify(execFile);
const name = z
  .string()
  .regex(/^[a-z0-9_]+$/, "Name the migration in snake_case, e.g. add_search_projections")
  .parse(process.argv[2]);

const hasMigrations = (await readdir(migrationsDir).catch(() => [])).some((e) => !e.endsWith(".toml"));
const from: string[] = ["--from-empty"];
if (hasMigrations) {
  const previous = path.join(await mkdtemp(path.join(tmpdir(), "schema-")), "schema.prisma");
  const { stdout } = await run("git", ["show", "HEAD:prisma/schema.prisma"], { maxBuffer: 16 << 20 });
  await writeFile(previous, stdout);
  from.splice(0, 1, "--from-schema-datamodel", previous);
}

// The WebAssembly engine wants a reachable database even to diff two files; an embedded one will do.
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres();
try {
  const { stdout: sql } = await run(
    "pnpm",
    ["exec", "prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: embedded?.url ?? process.env.DATABASE_URL }, maxBuffer: 16 << 20 },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("The schema has no changes since the last commit; no migration written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await embedded?.stop();
}
