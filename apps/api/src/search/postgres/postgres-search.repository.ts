import type { Db, DbClient } from "@housing/db/client";
import type { Prisma } from "@housing/db/client";
import type { SearchDocumentRecord, SearchIndexName } from "../search-engine.port.ts";

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
  await tx.searchDocument.createMany({
    data: toWrite.map((doc) => ({
      indexName: index,
      generation,
      id: doc.id,
      document: doc.document as Prisma.InputJsonObject,
      sortText: doc.sortText,
      sortNumber: doc.sortNumber,
      sortSubNumber: doc.sortSubNumber,
      sortDate: doc.sortDate ? new Date(`${doc.sortDate}T00:00:00Z`) : null,
      types: doc.types,
      isActive: doc.isActive,
    })),
  });
  const terms = toWrite.flatMap((doc) =>
    doc.terms.map((t) => ({
      indexName: index,
      generation,
      documentId: doc.id,
      term: t.term,
      weight: t.weight,
      contactDetailId: t.contactDetailId ?? null,
    })),
  );
  for (const part of chunk(terms, 5000)) await tx.searchTerm.createMany({ data: part });
  const vocabulary = [...new Set(terms.map((t) => t.term))];
  for (const part of chunk(vocabulary, 5000)) {
    await tx.searchVocabulary.createMany({ data: part.map((term) => ({ term })), skipDuplicates: true });
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
}

export async function resetSearchTables(db: Db, indexes: readonly SearchIndexName[]): Promise<void> {
  await db.$transaction([
    db.searchTerm.deleteMany({ where: { indexName: { in: [...indexes] } } }),
    db.searchDocument.deleteMany({ where: { indexName: { in: [...indexes] } } }),
    db.searchIndexState.deleteMany({ where: { indexName: { in: [...indexes] } } }),
  ]);
}

export async function countBuiltIndexes(db: DbClient, indexes: readonly SearchIndexName[]): Promise<number> {
  return db.searchIndexState.count({ where: { indexName: { in: [...indexes] } } });
}
