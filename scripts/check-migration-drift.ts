// Fails when prisma/migrations and prisma/schema.prisma disagree: applies every migration to one
// empty database, the schema's own from-empty script plus prisma/database-rules.sql (what the
// schema language cannot state) to another, and compares their catalogues.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "../packages/db/src/embedded-postgres.ts";
import { applyMigrations } from "../packages/db/src/migrate.ts";

const run = promisify(execFile);

const catalogueQueries = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  indexes: `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                  AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`,
  enums: `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  extensions: `SELECT extname FROM pg_extension`,
  functions: `SELECT p.proname, pg_get_functiondef(p.oid) AS definition FROM pg_proc p
              WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  triggers: `SELECT tgname, pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE NOT tgisinternal`,
};

async function catalogue(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines: string[] = [];
    for (const [kind, sql] of Object.entries(catalogueQueries)) {
      const { rows } = await client.query(sql);
      lines.push(...rows.map((row) => `${kind}: ${JSON.stringify(row)}`));
    }
    return lines.sort();
  } finally {
    await client.end();
  }
}

const fromMigrations = await startEmbeddedPostgres();
const fromSchema = await startEmbeddedPostgres();
try {
  await applyMigrations(fromMigrations.url);
  const { stdout: script } = await run(
    "pnpm",
    ["exec", "prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: fromSchema.url }, maxBuffer: 16 << 20 },
  );
  const client = new pg.Client({ connectionString: fromSchema.url });
  await client.connect();
  await client.query(script);
  await client.query(await readFile("prisma/database-rules.sql", "utf8"));
  await client.end();

  const [migrated, declared] = await Promise.all([catalogue(fromMigrations.url), catalogue(fromSchema.url)]);
  const onlyMigrated = migrated.filter((line) => !declared.includes(line));
  const onlyDeclared = declared.filter((line) => !migrated.includes(line));
  if (onlyMigrated.length || onlyDeclared.length) {
    console.error("prisma/migrations and prisma/schema.prisma disagree. Run `pnpm db:migration <name>`.");
    for (const line of onlyDeclared) console.error(`  schema only:     ${line}`);
    for (const line of onlyMigrated) console.error(`  migrations only: ${line}`);
    process.exitCode = 1;
  } else {
    console.log(`Migrations match the schema (${migrated.length} catalogue entries compared).`);
  }
} finally {
  await Promise.all([fromMigrations.stop(), fromSchema.stop()]);
}
