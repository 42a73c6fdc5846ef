import { visibleContactDetailsAfter } from "../contact-details/contact-details-reads.ts";
import type { KeysetWindow } from "../kernel/keyset-window.ts";
import type { ExtractContext } from "./extract-stream.ts";
import { assetBatch, householdMemberBatch, personBatch, tenureBatch } from "./extracts.repository.ts";
import { chargeBatch, rentAccountBatch, transactionBatch } from "./finance-extracts.repository.ts";

// The keyset readers of the extracts: one batch of rows after a key. Contact details go through
// their own domain, which alone knows which records the caller's service areas may see.
type Reader<R> = (ctx: ExtractContext, window: KeysetWindow) => Promise<R[]>;

export const readPersons = ((ctx, window) => personBatch(ctx.db, window)) satisfies Reader<unknown>;
export const readContactDetails = ((ctx, window) => visibleContactDetailsAfter(ctx, window)) satisfies Reader<unknown>;
export const readAssets = ((ctx, window) => assetBatch(ctx.db, window)) satisfies Reader<unknown>;
export const readTenures = ((ctx, window) => tenureBatch(ctx.db, window)) satisfies Reader<unknown>;
export const readHouseholdMembers = ((ctx, window) => householdMemberBatch(ctx.db, window)) satisfies Reader<unknown>;
export const readRentAccounts = ((ctx, window) => rentAccountBatch(ctx.db, window)) satisfies Reader<unknown>;
export const readCharges = ((ctx, window) => chargeBatch(ctx.db, window)) satisfies Reader<unknown>;
export const readTransactions = ((ctx, window) => transactionBatch(ctx.db, window)) satisfies Reader<unknown>;
