import type { DbClient } from "@housing/db/client";
import { type KeysetBatchRow, type KeysetWindow as TExtractWindow, keysetRead } from "../kernel/keyset-window.ts";
import { extractRead } from "./extracts.repository.ts";

export function rentAccountBatch(db: DbClient, window: TExtractWindow) {
  return db.rentAccount.findMany({ ...extractRead(window), include: { tenure: { select: { assetId: true } } } });
}
export type RentAccountExtractRow = KeysetBatchRow<typeof rentAccountBatch>;

/** A charge has no modifiedBy: it is ended, never edited. */
export function chargeBatch(db: DbClient, window: TExtractWindow) {
  return db.charge.findMany({
    ...keysetRead(window),
    omit: { version: true, createdBy: true },
    include: { rentAccount: { select: { tenureId: true } } },
  });
}
export type ChargeExtractRow = KeysetBatchRow<typeof chargeBatch>;

/** Transactions with their account's tenure and the latest decision on a suspense payment. */
export function transactionBatch(db: DbClient, window: TExtractWindow) {
  return db.transaction.findMany({
    ...extractRead(window),
    include: {
      rentAccount: { select: { tenureId: true } },
      suspenseResolutions: { orderBy: { proposedAt: "desc" }, take: 1, select: { status: true } },
    },
  });
}
export type TransactionExtractRow = KeysetBatchRow<typeof transactionBatch>;
