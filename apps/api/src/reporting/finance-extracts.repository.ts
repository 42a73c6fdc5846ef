import type { DbClient } from "@housing/db/client";
import { type KeysetWindow as TExtractWindow, keysetRead } from "../kernel/keyset-window.ts";

export function rentAccountBatch(db: DbClient, window: TExtractWindow) {
  return db.rentAccount.findMany({
    ...keysetRead(window),
    omit: { version: true, createdBy: true, modifiedBy: true },
    include: { tenure: { select: { assetId: true } } },
  });
}
export type RentAccountExtractRow = Awaited<ReturnType<typeof rentAccountBatch>>[number];

export function chargeBatch(db: DbClient, window: TExtractWindow) {
  return db.charge.findMany({
    ...keysetRead(window),
    omit: { version: true, createdBy: true },
    include: { rentAccount: { select: { tenureId: true } } },
  });
}
export type ChargeExtractRow = Awaited<ReturnType<typeof chargeBatch>>[number];

/** Transactions with their account's tenure and the latest decision on a suspense payment. */
export function transactionBatch(db: DbClient, window: TExtractWindow) {
  return db.transaction.findMany({
    ...keysetRead(window),
    omit: { version: true, createdBy: true, modifiedBy: true },
    include: {
      rentAccount: { select: { tenureId: true } },
      suspenseResolutions: { orderBy: { proposedAt: "desc" }, take: 1, select: { status: true } },
    },
  });
}
export type TransactionExtractRow = Awaited<ReturnType<typeof transactionBatch>>[number];
