import type pg from "pg";
import { demoTableNames } from "./demo-context.ts";
import { quoteIdentifier } from "./insert-rows.ts";
import { demoDataActor } from "./reference-data.ts";

/** A constraint as `pg_get_constraintdef` gives it, on a table named as `regclass` prints it. */
type Constraint = { table: string; name: string; definition: string };

/**
 * SQL: whether the table has row triggers of its own (not those PostgreSQL makes for foreign keys).
 * A statement trigger (the ledger's search texts) reads a statement's rows as a whole, not by key.
 */
const hasRowTriggers = (table: string) =>
  `EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = ${table} AND NOT t.tgisinternal AND (t.tgtype & 1) = 1)`;

/** What `prepareBulkLoad` changed, for `finishBulkLoad` to put back. */
export type BulkLoad = {
  /** Per table, the NOT NULL JSON columns given the demo actor as a default while loading. */
  actorColumns: Record<string, string[]>;
  /** Primary keys, unique and exclusion constraints, put back first: foreign keys need them. */
  keys: Constraint[];
  indexes: string[];
  /** Foreign keys from, and to, the demo tables. */
  foreignKeys: Constraint[];
};

/**
 * Readies an empty database for the demo data's COPY: every row names the same actor as its
 * creator and modifier, so those columns default to it while loading instead of travelling and
 * being parsed millions of times; and every demo table's keys, indexes and foreign keys wait
 * until it is loaded.
 */
export async function prepareBulkLoad(client: pg.ClientBase): Promise<BulkLoad> {
  const load: BulkLoad = { actorColumns: {}, keys: [], indexes: [], foreignKeys: [] };
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
  // Keys and indexes are built once after loading (a sort each, and one join for each foreign key)
  // instead of row by row: checking each row's foreign keys took a third of a large seed, and
  // the ledger's primary key, random ids into a 100 MB B-tree, a tenth of what was left. A table
  // with row triggers keeps its keys: a trigger may look rows up by them (the asset hierarchy
  // check reads each new asset's parent), and without them each row would scan the table.
  const tables = demoTableNames.map(quoteIdentifier);
  const constraints = async (types: string) =>
    (
      await client.query<Constraint>(
        `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
           FROM pg_constraint c WHERE contype = ANY($2::char[])
            AND (conrelid = ANY($1::regclass[]) OR (contype = 'f' AND confrelid = ANY($1::regclass[])))
            AND NOT (contype <> 'f' AND ${hasRowTriggers("c.conrelid")})
          ORDER BY oid`,
        [tables, types.split("")],
      )
    ).rows;
  // Foreign keys first: those from other tables name the demo tables' primary keys.
  for (const [list, types] of [
    [load.foreignKeys, "f"],
    [load.keys, "pux"],
  ] as const) {
    for (const constraint of await constraints(types)) {
      await client.query(`ALTER TABLE ${constraint.table} DROP CONSTRAINT ${quoteIdentifier(constraint.name)}`);
      list.push(constraint);
    }
  }
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition
       FROM pg_index i WHERE indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        AND NOT (indisunique AND ${hasRowTriggers("i.indrelid")})
      ORDER BY indexrelid`,
    [tables],
  );
  for (const index of indexes) {
    await client.query(`DROP INDEX ${index.name}`);
    load.indexes.push(index.definition);
  }
  return load;
}

/** Puts back exactly what `prepareBulkLoad` changed, in its transaction; adding a key back checks every row. */
export async function finishBulkLoad(client: pg.ClientBase, load: BulkLoad): Promise<void> {
  await client.query("SET LOCAL maintenance_work_mem TO '256MB'");
  const addBack = (constraint: Constraint) =>
    client.query(
      `ALTER TABLE ${constraint.table} ADD CONSTRAINT ${quoteIdentifier(constraint.name)} ${constraint.definition}`,
    );
  for (const key of load.keys) await addBack(key);
  for (const definition of load.indexes) await client.query(definition);
  for (const key of load.foreignKeys) await addBack(key);
  for (const [table, columns] of Object.entries(load.actorColumns)) {
    const drops = columns.map((column) => `ALTER ${quoteIdentifier(column)} DROP DEFAULT`).join(", ");
    await client.query(`ALTER TABLE ${quoteIdentifier(table)} ${drops}`);
  }
}
