import type pg from "pg";
import { demoTableNames } from "./demo-context.ts";
import { demoDataActor } from "./reference-data.ts";

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** What `prepareBulkLoad` changed, for `finishBulkLoad` to put back. */
export type BulkLoad = {
  /** Per table, the NOT NULL JSON columns given the demo actor as a default while loading. */
  actorColumns: Record<string, string[]>;
  indexes: string[];
  foreignKeys: { table: string; name: string; definition: string }[];
};

/**
 * Readies an empty database for the demo data's COPY: every row names the same actor as its
 * creator and modifier, so those columns default to it while loading instead of travelling and
 * being parsed millions of times; and every demo table's secondary indexes and foreign keys wait
 * until it is loaded.
 */
export async function prepareBulkLoad(client: pg.ClientBase): Promise<BulkLoad> {
  const load: BulkLoad = { actorColumns: {}, indexes: [], foreignKeys: [] };
  const { rows: jsonColumns } = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relname = ANY($1) AND c.relnamespace = current_schema()::regnamespace AND a.attnum > 0
        AND NOT a.attisdropped AND a.attnotnull AND NOT a.atthasdef AND a.atttypid = 'jsonb'::regtype`,
    [demoTableNames],
  );
  for (const { table, column } of jsonColumns) {
    await client.query(
      `ALTER TABLE ${quoteIdentifier(table)} ALTER ${quoteIdentifier(column)} SET DEFAULT ${client.escapeLiteral(JSON.stringify(demoDataActor))}::jsonb`,
    );
    (load.actorColumns[table] ??= []).push(column);
  }
  // Every demo table's secondary indexes and foreign keys are built once after loading (a sort and
  // one join each) instead of row by row: checking each row's keys took a third of a large seed.
  for (const table of demoTableNames) {
    const keys = await client.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
      [quoteIdentifier(table)],
    );
    for (const key of keys.rows) {
      await client.query(`ALTER TABLE ${quoteIdentifier(table)} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);
      load.foreignKeys.push({ table, ...key });
    }
    const indexes = await client.query<{ name: string; definition: string }>(
      `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
         FROM pg_index WHERE indrelid = $1::regclass AND NOT indisprimary AND NOT indisunique`,
      [quoteIdentifier(table)],
    );
    for (const index of indexes.rows) {
      await client.query(`DROP INDEX ${index.name}`);
      load.indexes.push(index.definition);
    }
  }
  return load;
}

/** Puts back exactly what `prepareBulkLoad` changed, in its transaction; adding a foreign key back checks every row. */
export async function finishBulkLoad(client: pg.ClientBase, load: BulkLoad): Promise<void> {
  await client.query("SET LOCAL maintenance_work_mem TO '256MB'");
  for (const definition of load.indexes) await client.query(definition);
  for (const key of load.foreignKeys) {
    await client.query(
      `ALTER TABLE ${quoteIdentifier(key.table)} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`,
    );
  }
  for (const [table, columns] of Object.entries(load.actorColumns)) {
    const drops = columns.map((column) => `ALTER ${quoteIdentifier(column)} DROP DEFAULT`).join(", ");
    await client.query(`ALTER TABLE ${quoteIdentifier(table)} ${drops}`);
  }
}
