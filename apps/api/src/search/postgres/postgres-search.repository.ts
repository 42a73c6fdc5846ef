import type { Db, DbClient } from "@housing/db/client";
import type { SearchDocumentRecord, SearchIndexName } from "../search-engine.port.ts";
import { canBeMisspelt } from "../search-text.ts";

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

/** Deletes the documents named and writes the new ones, with their words and vocabulary. */
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
  let toWrite = documents;
  if (options.keepExisting && documents.length > 0) {
    const existing = await tx.searchDocument.findMany({
      where: { indexName: index, generation, id: { in: documents.map((d) => d.id) } },
      select: { id: true },
    });
    const present = new Set(existing.map((e) => e.id));
    toWrite = documents.filter((d) => !present.has(d.id));
  }
  if (toWrite.length === 0) return;
  // One statement per table with array parameters: thousands of rows in milliseconds, where
  // row-by-row createMany took seconds.
  await tx.$executeRaw`
    INSERT INTO "SearchDocument" ("indexName", generation, id, document, "sortText", "sortNumber", "sortSubNumber", "sortDate", "sortAmount", types, "isActive")
    SELECT ${index}, ${generation}, d.id, d.document, d.sort_text, d.sort_number, d.sort_sub_number, d.sort_date, d.sort_amount, d.types::text[], d.is_active
    FROM unnest(
      ${toWrite.map((d) => d.id)}::uuid[],
      ${toWrite.map((d) => JSON.stringify(d.document))}::jsonb[],
      ${toWrite.map((d) => d.sortText)}::text[],
      ${toWrite.map((d) => d.sortNumber)}::int[],
      ${toWrite.map((d) => d.sortSubNumber)}::int[],
      ${toWrite.map((d) => d.sortDate)}::date[],
      ${toWrite.map((d) => d.sortAmount)}::numeric[],
      ${toWrite.map((d) => `{${d.types.map((t) => `"${t}"`).join(",")}}`)}::text[],
      ${toWrite.map((d) => d.isActive)}::boolean[]
    ) AS d(id, document, sort_text, sort_number, sort_sub_number, sort_date, sort_amount, types, is_active)`;
  const terms = toWrite.flatMap((doc) => doc.terms.map((t) => ({ documentId: doc.id, ...t })));
  for (const part of chunk(terms, 20_000)) {
    await tx.$executeRaw`
      INSERT INTO "SearchTerm" ("indexName", generation, "documentId", term, weight, "contactDetailId")
      SELECT ${index}, ${generation}, t.document_id, t.term, t.weight, t.contact_detail_id
      FROM unnest(
        ${part.map((t) => t.documentId)}::uuid[],
        ${part.map((t) => t.term)}::text[],
        ${part.map((t) => t.weight)}::int[],
        ${part.map((t) => t.contactDetailId ?? null)}::uuid[]
      ) AS t(document_id, term, weight, contact_detail_id)`;
  }
  // Only words a query may misspell: numbers and email addresses in the trigram index made a short
  // word's near-spelling look-up recheck thousands of them ("court" shares " co" with every ".com").
  const vocabulary = [...new Set(terms.map((t) => t.term).filter(canBeMisspelt))].sort();
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
  // The planner needs fresh statistics after a bulk load to pick the term index, and postings are
  // read from the covering indexes alone only once VACUUM has marked the loaded pages all-visible.
  await db.$executeRaw`VACUUM (ANALYZE) "SearchDocument", "SearchTerm", "SearchVocabulary"`;
}

export async function resetSearchTables(db: Db, indexes: readonly SearchIndexName[]): Promise<void> {
  await db.$transaction([
    db.searchTerm.deleteMany({ where: { indexName: { in: [...indexes] } } }),
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
