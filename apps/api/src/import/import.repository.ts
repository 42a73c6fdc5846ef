import { type DbClient, lockName } from "@housing/db/client";
import { z } from "zod";

export const dataImportedEvent = "DataImportedEvent";

const ZImportedFile = z.object({ ranBy: z.string() });

/**
 * The import that already loaded a file with this content, if any (its outbox event records it).
 * Locked by the content's hash first, so two imports of one file at once cannot both find none.
 */
export async function findImportOfFile(tx: DbClient, sha256: string) {
  await lockName(tx, `import:${sha256}`);
  const event = await tx.domainEvent.findFirst({
    where: { eventType: dataImportedEvent, newData: { path: ["sha256"], equals: sha256 } },
    select: { entityId: true, occurredAt: true, newData: true },
    orderBy: { sequence: "asc" },
  });
  return (
    event && { importId: event.entityId, importedAt: event.occurredAt, ranBy: ZImportedFile.parse(event.newData).ranBy }
  );
}

// A batch of rows' writes can be undone without losing the rows before it (PostgreSQL savepoints).
export async function markBatchStart(tx: DbClient): Promise<void> {
  await tx.$executeRaw`SAVEPOINT import_batch`;
}

export async function keepBatch(tx: DbClient): Promise<void> {
  await tx.$executeRaw`RELEASE SAVEPOINT import_batch`;
}

export async function undoBatch(tx: DbClient): Promise<void> {
  await tx.$executeRaw`ROLLBACK TO SAVEPOINT import_batch`;
}
