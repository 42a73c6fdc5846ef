import { type Db, type DbClient, inDriverTransaction, poolOf } from "@housing/db/client";
import type pg from "pg";
import {
  type SearchDocumentRecord,
  type SearchIndexName,
  type SearchTermRecord,
  searchIndexNames,
} from "../search-engine.port.ts";
import { canBeMisspelt } from "../search-text.ts";
import { fieldPlaceOf, lexeme, wordsVector } from "./postgres-words.ts";

export type IndexGenerations = { active: number; building: number | null };

/**
 * Runs `work` in one transaction holding the index's write lock, which serialises the indexer and
 * a rebuild writing the same index. On the driver's own connection: Prisma takes about four times
 * as long to pass on the megabyte of parameters a page of documents is.
 */
export async function writingIndex<T>(
  db: Db,
  index: SearchIndexName,
  work: (sql: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const sql = await poolOf(db).connect();
  try {
    return await inDriverTransaction(sql, async () => {
      await sql.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`search:${index}`]);
      return work(sql);
    });
  } finally {
    sql.release();
  }
}

export async function readGenerations(sql: pg.PoolClient, index: SearchIndexName): Promise<IndexGenerations> {
  const { rows } = await sql.query<{ active: number; building: number | null }>(
    `SELECT "activeGeneration" AS active, "buildingGeneration" AS building FROM "SearchIndexState" WHERE "indexName" = $1`,
    [index],
  );
  return { active: rows[0]?.active ?? 1, building: rows[0]?.building ?? null };
}

async function deleteDocuments(
  sql: pg.Pool | pg.PoolClient,
  index: SearchIndexName,
  generation: number,
  ids?: readonly string[],
) {
  await sql.query(
    `DELETE FROM "SearchDocument" WHERE "indexName" = $1 AND generation = $2${ids ? " AND id = ANY($3::uuid[])" : ""}`,
    ids ? [index, generation, [...new Set(ids)]] : [index, generation],
  );
}

/**
 * One statement for a page of documents and their contact-detail words, which go only with the
 * documents written. Each page travels as one JSON text: the server reads it faster than arrays of
 * quoted JSON, and each document's JSON is parsed once.
 */
const insertDocuments = (keepExisting: boolean) => `WITH written AS (
    INSERT INTO "SearchDocument" ("indexName", generation, id, document, words, "sortText", "sortNumber", "sortSubNumber", "sortDate", "sortAmount", types, "isActive")
    SELECT $1, $2, d.id, d.document, d.words::tsvector, d."sortText", d."sortNumber", d."sortSubNumber", d."sortDate", d."sortAmount", d.types, d."isActive"
    FROM jsonb_to_recordset($3::jsonb) AS d(id uuid, document jsonb, words text, "sortText" text, "sortNumber" int,
      "sortSubNumber" int, "sortDate" date, "sortAmount" numeric, types text[], "isActive" boolean)
    ${keepExisting ? `ON CONFLICT ("indexName", generation, id) DO NOTHING` : ""}
    RETURNING id
  )
  INSERT INTO "SearchContactTerm" ("indexName", generation, "documentId", term, weight, "contactDetailId")
  SELECT DISTINCT $1, $2, c."documentId", c.term, c.weight, c."contactDetailId"
  FROM jsonb_to_recordset($4::jsonb) AS c("documentId" uuid, term text, weight int, "contactDetailId" uuid)
  WHERE c."documentId" IN (SELECT id FROM written)`;

/**
 * Deletes the documents named and writes the new ones, with their words and vocabulary; with
 * `keepExisting`, a document already in the generation (a newer copy the live indexer wrote) stays.
 */
export async function replaceDocuments(
  sql: pg.PoolClient,
  index: SearchIndexName,
  generation: number,
  documents: readonly SearchDocumentRecord[],
  deleteIds: readonly string[],
  options: { keepExisting?: boolean } = {},
): Promise<void> {
  if (deleteIds.length > 0) await deleteDocuments(sql, index, generation, deleteIds);
  if (documents.length === 0) return;
  const rows = documents.map(({ terms, ...document }) => ({
    ...document,
    words: wordsVector(terms, fieldPlaceOf(index)),
  }));
  // Loops, not flatMap: a page has tens of thousands of words, and an array for each was a tenth
  // of a rebuild's own time.
  const contactTerms: (SearchTermRecord & { documentId: string })[] = [];
  const vocabulary = new Set<string>();
  for (const doc of documents) {
    for (const term of doc.terms) {
      if (term.contactDetailId) contactTerms.push({ ...term, documentId: doc.id });
      // Only words a query may misspell: numbers and email addresses in the trigram index made a short
      // word's near-spelling look-up recheck thousands of them ("court" shares " co" with every ".com").
      if (canBeMisspelt(term.term)) vocabulary.add(lexeme(term.term));
    }
  }
  await sql.query(insertDocuments(options.keepExisting === true), [
    index,
    generation,
    JSON.stringify(rows),
    JSON.stringify(contactTerms),
  ]);
  // Sorted, so that two writers add the same new words in the same order.
  await sql.query(addVocabulary, [[...vocabulary].sort()]);
}

/**
 * Adds the words not yet in the vocabulary and, when there were any, raises its version. The
 * version's row stays locked until the transaction commits, so versions are raised in the order
 * their words become visible: a search that reads version v also sees every word added up to v,
 * and near spellings looked up at v are still right while the version is v (see VocabularyLookupsByWord).
 * Every word goes in before the row is taken: the count reads all of `added`, where `EXISTS` read
 * its first word and left the rest for after the row was locked, so a writer holding the row could
 * wait on a word that another writer, waiting for the row, had just added (a deadlock).
 */
const addVocabulary = `WITH added AS (
    INSERT INTO "SearchVocabulary" (term) SELECT unnest($1::text[]) ON CONFLICT (term) DO NOTHING RETURNING 1
  )
  INSERT INTO "SearchVocabularyVersion" (id) SELECT 1 FROM (SELECT count(*) AS words FROM added) a WHERE a.words > 0
  ON CONFLICT (id) DO UPDATE SET version = "SearchVocabularyVersion".version + 1`;

/**
 * The partitions holding one generation of an index: its contact-detail words, then its documents
 * (database-rules.sql partitions both by index, then generation).
 */
function generationTables(index: SearchIndexName, generation: number) {
  if (!searchIndexNames.includes(index) || !Number.isInteger(generation)) throw new Error("No such search generation");
  return (["SearchContactTerm", "SearchDocument"] as const).map((table) => ({
    parent: `"${table}_${index}"`,
    partition: `"${table}_${index}_g${generation}"`,
    fallback: `"${table}_${index}_default"`,
  }));
}

/**
 * A generation's contact-detail words refer to its documents partition to partition, as the default
 * partitions do (migration 20261205013000_search_contact_term_partition_keys): checked through the
 * partitioned tables, each word written cost 74 µs, over half of writing a page of persons.
 */
async function keyWordsToDocuments(sql: pg.PoolClient, index: SearchIndexName, generation: number) {
  const [words, documents] = generationTables(index, generation).map(({ partition }) => partition);
  await sql.query(
    `ALTER TABLE ${words} ADD CONSTRAINT "SearchContactTerm_${index}_g${generation}_document_fkey"
       FOREIGN KEY ("indexName", "generation", "documentId") REFERENCES ${documents} ("indexName", "generation", "id")
       ON DELETE CASCADE ON UPDATE CASCADE`,
  );
}

/**
 * Adding or dropping a generation's partitions locks the tables they belong to and, through the
 * foreign keys, the other table's partitions; taken piecemeal, in an order of its own, those locks
 * deadlocked with writers of other indexes. Taken first, documents before
 * contact-detail words as every query and write takes them, they only make those wait a moment.
 */
async function lockSearchTables(sql: pg.PoolClient): Promise<void> {
  await sql.query(`LOCK TABLE "SearchDocument", "SearchContactTerm" IN ACCESS EXCLUSIVE MODE`);
}

/**
 * Drops a generation whole: its partitions, or its rows in the default ones, where the first
 * generation (written live before any rebuild) lives; emptied, their indexes are rebuilt small.
 */
async function dropGeneration(sql: pg.PoolClient, index: SearchIndexName, generation: number) {
  await lockSearchTables(sql);
  // Contact-detail words first: a partition cannot leave its table while rows refer to it.
  for (const { parent, partition } of generationTables(index, generation)) {
    const { rows } = await sql.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [partition]);
    if (!rows[0]?.exists) continue;
    await sql.query(`ALTER TABLE ${parent} DETACH PARTITION ${partition}`);
    await sql.query(`DROP TABLE ${partition}`);
  }
  await deleteDocuments(sql, index, generation);
  for (const { fallback } of generationTables(index, generation)) {
    const left = await sql.query(`SELECT 1 FROM ${fallback} LIMIT 1`);
    if (left.rowCount === 0) await sql.query(`REINDEX TABLE ${fallback}`);
  }
}

/**
 * Marks a new generation as being built, in a partition of its own (a rebuild that died may have
 * left one); the indexer writes to it too from now on.
 */
export async function startRebuild(db: Db, index: SearchIndexName): Promise<number> {
  return writingIndex(db, index, async (sql) => {
    const { active } = await readGenerations(sql, index);
    const building = active + 1;
    await dropGeneration(sql, index, building);
    for (const { parent, partition } of generationTables(index, building)) {
      await sql.query(`CREATE TABLE ${partition} PARTITION OF ${parent} FOR VALUES IN (${building})`);
    }
    await keyWordsToDocuments(sql, index, building);
    await sql.query(
      `INSERT INTO "SearchIndexState" ("indexName", "activeGeneration", "buildingGeneration") VALUES ($1, $2, $3)
       ON CONFLICT ("indexName") DO UPDATE SET "buildingGeneration" = $3, "updatedAt" = now()`,
      [index, active, building],
    );
    return building;
  });
}

/** Swaps the new generation in, in one transaction, then drops the old one whole. */
export async function finishRebuild(db: Db, index: SearchIndexName, generation: number): Promise<void> {
  const previous = await writingIndex(db, index, async (sql) => {
    const { active } = await readGenerations(sql, index);
    await sql.query(
      `UPDATE "SearchIndexState" SET "activeGeneration" = $2, "buildingGeneration" = NULL, "updatedAt" = now() WHERE "indexName" = $1`,
      [index, generation],
    );
    return active;
  });
  await writingIndex(db, index, (sql) => dropGeneration(sql, index, previous));
  // The planner needs word statistics for the new partitions to weigh their GIN index, and VACUUM
  // merges the index's pending list of new entries. Only the new generation's partitions: every
  // query names its index and generation, and vacuuming the whole tables scanned every index's
  // GIN index again after each index rebuilt.
  const partitions = generationTables(index, generation).map(({ partition }) => partition);
  await poolOf(db).query(`VACUUM (ANALYZE) ${partitions.join(", ")}, "SearchVocabulary"`);
}

export async function resetSearchTables(db: Db, indexes: readonly SearchIndexName[]): Promise<void> {
  await db.$transaction([
    // Documents first, as every write locks them (their contact-detail words go with them).
    db.searchDocument.deleteMany({ where: { indexName: { in: [...indexes] } } }),
    db.searchContactTerm.deleteMany({ where: { indexName: { in: [...indexes] } } }),
    db.searchIndexState.deleteMany({ where: { indexName: { in: [...indexes] } } }),
  ]);
}

/**
 * Indexes a rebuild has finished at least once. Before that the active generation is the first
 * one (1), which only live writes reach; a first rebuild that died also leaves it so.
 */
export async function builtIndexNames(db: DbClient): Promise<string[]> {
  const states = await db.searchIndexState.findMany({
    where: { activeGeneration: { gt: 1 } },
    select: { indexName: true },
  });
  return states.map((state) => state.indexName);
}
