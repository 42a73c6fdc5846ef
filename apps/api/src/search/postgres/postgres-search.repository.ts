import type { Db, DbClient } from "@housing/db/client";
import type { SearchDocumentRecord, SearchIndexName } from "../search-engine.port.ts";
import { canBeMisspelt } from "../search-text.ts";
import { lexeme, wordsVector } from "./postgres-words.ts";

export type IndexGenerations = { active: number; building: number | null };

export async function readGenerations(db: DbClient, index: SearchIndexName): Promise<IndexGenerations> {
  const state = await db.searchIndexState.findUnique({ where: { indexName: index } });
  return { active: state?.activeGeneration ?? 1, building: state?.buildingGeneration ?? null };
}

/** Serialises the indexer and a rebuild writing the same index. */
export async function lockIndexForWriting(tx: DbClient, index: SearchIndexName): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`search:${index}`}))`;
}

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Deletes the documents named and writes the new ones, with their words and vocabulary; with
 * `keepExisting`, a document already in the generation (a newer copy the live indexer wrote) stays.
 */
export async function replaceDocuments(
  tx: DbClient,
  index: SearchIndexName,
  generation: number,
  documents: readonly SearchDocumentRecord[],
  deleteIds: readonly string[],
  options: { keepExisting?: boolean } = {},
): Promise<void> {
  if (deleteIds.length > 0) {
    await tx.searchDocument.deleteMany({
      where: { indexName: index, generation, id: { in: [...new Set(deleteIds)] } },
    });
  }
  if (documents.length === 0) return;
  const contactTerms = documents.flatMap((doc) =>
    doc.terms.flatMap((t) =>
      t.contactDetailId ? [{ documentId: doc.id, ...t, contactDetailId: t.contactDetailId }] : [],
    ),
  );
  // One statement with array parameters for the documents and their contact-detail words, which
  // go only with the documents written: thousands of rows in milliseconds.
  await tx.$executeRawUnsafe(
    `WITH written AS (
      INSERT INTO "SearchDocument" ("indexName", generation, id, document, words, "sortText", "sortNumber", "sortSubNumber", "sortDate", "sortAmount", types, "isActive")
      SELECT $1, $2, d.id, d.document, d.words::tsvector, d.sort_text, d.sort_number, d.sort_sub_number, d.sort_date, d.sort_amount, d.types::text[], d.is_active
      FROM unnest($3::uuid[], $4::jsonb[], $5::text[], $6::text[], $7::int[], $8::int[], $9::date[], $10::numeric[], $11::text[], $12::boolean[])
        AS d(id, document, words, sort_text, sort_number, sort_sub_number, sort_date, sort_amount, types, is_active)
      ${options.keepExisting ? `ON CONFLICT ("indexName", generation, id) DO NOTHING` : ""}
      RETURNING id
    )
    INSERT INTO "SearchContactTerm" ("indexName", generation, "documentId", term, weight, "contactDetailId")
    SELECT DISTINCT $1, $2, c.document_id, c.term, c.weight, c.contact_detail_id
    FROM unnest($13::uuid[], $14::text[], $15::int[], $16::uuid[]) AS c(document_id, term, weight, contact_detail_id)
    WHERE c.document_id IN (SELECT id FROM written)`,
    index,
    generation,
    documents.map((d) => d.id),
    documents.map((d) => JSON.stringify(d.document)),
    documents.map((d) => wordsVector(d.terms)),
    documents.map((d) => d.sortText),
    documents.map((d) => d.sortNumber),
    documents.map((d) => d.sortSubNumber),
    documents.map((d) => d.sortDate),
    documents.map((d) => d.sortAmount),
    documents.map((d) => `{${d.types.map((t) => `"${t}"`).join(",")}}`),
    documents.map((d) => d.isActive),
    contactTerms.map((t) => t.documentId),
    contactTerms.map((t) => t.term),
    contactTerms.map((t) => t.weight),
    contactTerms.map((t) => t.contactDetailId),
  );
  // Only words a query may misspell: numbers and email addresses in the trigram index made a short
  // word's near-spelling look-up recheck thousands of them ("court" shares " co" with every ".com").
  const vocabulary = [
    ...new Set(documents.flatMap((d) => d.terms.flatMap((t) => (canBeMisspelt(t.term) ? [lexeme(t.term)] : [])))),
  ].sort();
  for (const part of chunk(vocabulary, 20_000)) {
    await tx.$executeRaw`
      INSERT INTO "SearchVocabulary" (term) SELECT unnest(${part}::text[]) ON CONFLICT (term) DO NOTHING`;
  }
}

/** Marks a new generation as being built; the indexer writes to it too from now on. */
export async function startRebuild(db: Db, index: SearchIndexName): Promise<number> {
  return db.$transaction(async (tx) => {
    await lockIndexForWriting(tx, index);
    const { active } = await readGenerations(tx, index);
    const building = active + 1;
    await tx.searchDocument.deleteMany({ where: { indexName: index, generation: building } });
    await tx.searchIndexState.upsert({
      where: { indexName: index },
      create: { indexName: index, activeGeneration: active, buildingGeneration: building },
      update: { buildingGeneration: building, updatedAt: new Date() },
    });
    return building;
  });
}

/** Swaps the new generation in, in one transaction, then drops the old one. */
export async function finishRebuild(db: Db, index: SearchIndexName, generation: number): Promise<void> {
  const previous = await db.$transaction(async (tx) => {
    await lockIndexForWriting(tx, index);
    const { active } = await readGenerations(tx, index);
    await tx.searchIndexState.update({
      where: { indexName: index },
      data: { activeGeneration: generation, buildingGeneration: null, updatedAt: new Date() },
    });
    return active;
  });
  await db.searchDocument.deleteMany({ where: { indexName: index, generation: previous } });
  // The planner needs fresh word statistics after a bulk load to weigh the GIN indexes, and VACUUM
  // merges their pending lists of new entries and clears the old generation's.
  await db.$executeRaw`VACUUM (ANALYZE) "SearchDocument", "SearchContactTerm", "SearchVocabulary"`;
}

export async function resetSearchTables(db: Db, indexes: readonly SearchIndexName[]): Promise<void> {
  await db.$transaction([
    db.searchContactTerm.deleteMany({ where: { indexName: { in: [...indexes] } } }),
    db.searchDocument.deleteMany({ where: { indexName: { in: [...indexes] } } }),
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
