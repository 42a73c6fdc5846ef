import { type DbClient, lockRow, type Prisma } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";
import { assetAddressLines } from "@housing/db/selects";
import { versionedUpdate } from "../kernel/version-conflict.ts";

const assetAddress = {
  id: true,
  propertyReference: true,
  assetType: true,
  ...assetAddressLines,
} satisfies Prisma.AssetSelect;

const rentAccountWithDetails = {
  tenure: {
    include: {
      tenureType: true,
      asset: { select: assetAddress },
      householdMembers: {
        include: { person: { select: { id: true, title: true, firstName: true, surname: true } } },
        orderBy: [{ isResponsible: "desc" }, { addedAt: "asc" }, { personId: "asc" }],
      },
    },
  },
  charges: { orderBy: [{ startDate: "asc" }, { chargeCode: "asc" }] },
} satisfies Prisma.RentAccountInclude;

export type ChargeRow = Prisma.ChargeGetPayload<object>;

export type RentAccountRow = Prisma.RentAccountGetPayload<{ include: typeof rentAccountWithDetails }>;

export async function findRentAccountById(db: DbClient, id: string): Promise<RentAccountRow | null> {
  return db.rentAccount.findUnique({ where: { id }, include: rentAccountWithDetails });
}

export type AccountForPosting = Prisma.RentAccountGetPayload<{
  select: {
    id: true;
    tenureId: true;
    rentAccountNumber: true;
    tenure: { select: { tenureType: { select: { kind: true } }; asset: { select: typeof assetAddress } } };
  };
}>;
type AssetAddress = AccountForPosting["tenure"]["asset"];

/**
 * What a write needs to know of an account: its tenure (for events and the fund) and its address.
 * One joined query, where Prisma's nested select takes four: every charge and transaction posts here.
 */
export async function findAccountForPosting(db: DbClient, id: string): Promise<AccountForPosting | null> {
  const [row] = await db.$queryRaw<
    (Omit<AccountForPosting, "tenure"> &
      AccountForPosting["tenure"]["tenureType"] & { asset: string } & Omit<AssetAddress, "id">)[]
  >`
    SELECT ra.id, ra."tenureId", ra."rentAccountNumber", tt.kind::text AS kind, a.id AS asset,
      a."propertyReference", a."assetType"::text AS "assetType", a."postPreamble",
      a."addressLine1", a."addressLine2", a."addressLine3", a."addressLine4", a."postCode"
    FROM "RentAccount" ra
    JOIN "Tenure" t ON t.id = ra."tenureId"
    JOIN "TenureType" tt ON tt.code = t."tenureTypeCode"
    JOIN "Asset" a ON a.id = t."assetId"
    WHERE ra.id = ${id}::uuid`;
  if (!row) return null;
  const { id: accountId, tenureId, rentAccountNumber, kind, asset, ...address } = row;
  return {
    id: accountId,
    tenureId,
    rentAccountNumber,
    tenure: { tenureType: { kind }, asset: { id: asset, ...address } },
  };
}

/** The tenure an account is opened for, locked so that two parallel opens cannot both see it without one. */
export async function lockTenureForAccount(tx: DbClient, tenureId: string) {
  if (!(await lockRow(tx, "tenure", tenureId))) return null;
  return tx.tenure.findUnique({
    where: { id: tenureId },
    select: { id: true, paymentReference: true, rentAccount: { select: { id: true } } },
  });
}

export async function rentAccountNumberTaken(db: DbClient, rentAccountNumber: string): Promise<boolean> {
  return (await db.rentAccount.count({ where: { rentAccountNumber } })) > 0;
}

export async function insertRentAccount(tx: DbClient, data: Prisma.RentAccountUncheckedCreateInput) {
  return tx.rentAccount.create({ data, select: { id: true } });
}

export async function insertCharge(tx: DbClient, data: Prisma.ChargeUncheckedCreateInput) {
  return tx.charge.create({ data });
}

export async function findChargeById(db: DbClient, id: string) {
  return db.charge.findUnique({ where: { id }, include: { rentAccount: { select: { tenureId: true } } } });
}

export async function endChargeIfVersion(
  tx: DbClient,
  id: string,
  expectedVersion: number,
  endDate: Date,
  at: Date,
): Promise<boolean> {
  const { count } = await tx.charge.updateMany({
    where: { id, version: expectedVersion },
    data: { endDate, version: { increment: 1 }, modifiedAt: at },
  });
  return count === 1;
}

/**
 * Adds an amount to an account's balance and returns the new balance. The UPDATE takes the row
 * lock, so concurrent postings to one account queue here and each sees the one before it.
 */
export async function addToBalance(
  tx: DbClient,
  rentAccountId: string,
  amount: string,
  by: TActorStamp,
  at: Date,
): Promise<string | null> {
  const rows = await tx.$queryRaw<{ balance: string }[]>`
    UPDATE "RentAccount"
    SET balance = balance + ${amount}::numeric, "modifiedAt" = ${at}, "modifiedBy" = ${JSON.stringify(by)}::jsonb
    WHERE id = ${rentAccountId}::uuid
    RETURNING balance::text AS balance`;
  return rows[0]?.balance ?? null;
}

export async function insertTransaction(tx: DbClient, data: Prisma.TransactionUncheckedCreateInput) {
  return tx.transaction.create({ data, select: { id: true } });
}

const latestResolution = {
  orderBy: { proposedAt: "desc" },
  take: 1,
} satisfies Prisma.Transaction$suspenseResolutionsArgs;

export type TransactionRow = Prisma.TransactionGetPayload<{
  include: { suspenseResolutions: typeof latestResolution };
}>;

export async function findTransactionById(db: DbClient, id: string): Promise<TransactionRow | null> {
  return db.transaction.findUnique({ where: { id }, include: { suspenseResolutions: latestResolution } });
}

export async function findTransactionsByIds(db: DbClient, ids: readonly string[]): Promise<TransactionRow[]> {
  return db.transaction.findMany({
    where: { id: { in: [...ids] } },
    include: { suspenseResolutions: latestResolution },
  });
}

/** Holds the transaction row until the end of the database transaction: one decision at a time. */
export async function lockTransaction(tx: DbClient, id: string) {
  const rows = await tx.$queryRaw<
    { id: string; isSuspense: boolean; rentAccountId: string | null; version: number; transactionAmount: string }[]
  >`
    SELECT id, "isSuspense", "rentAccountId", version, "transactionAmount"::text AS "transactionAmount"
    FROM "Transaction" WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** A payment's versioned update (see versionedUpdate): a suspense payment moved to its rent account. */
export const paymentUpdate = versionedUpdate<
  DbClient,
  { rentAccountId: string; balanceAmount: string; address: string; isSuspense: false }
>("payment", {
  updateMany: (tx, args) => tx.transaction.updateMany(args),
  findVersion: (db, id) => db.transaction.findUnique({ where: { id }, select: { version: true } }),
});

/** Stamps a change of a payment's suspense state (a match proposed or decided) on the payment itself. */
export async function markSuspenseStateChanged(tx: DbClient, id: string, by: TActorStamp, at: Date): Promise<void> {
  await tx.transaction.update({ where: { id }, data: { modifiedAt: at, modifiedBy: by }, select: { id: true } });
}

export async function findOpenProposal(db: DbClient, transactionId: string) {
  return db.suspenseResolution.findFirst({ where: { transactionId, status: "Proposed" } });
}

export async function insertResolution(tx: DbClient, data: Prisma.SuspenseResolutionUncheckedCreateInput) {
  return tx.suspenseResolution.create({ data });
}

export async function findResolutionById(db: DbClient, id: string) {
  return db.suspenseResolution.findUnique({ where: { id } });
}

export async function decideResolutionIfProposed(
  tx: DbClient,
  id: string,
  decision: { status: "Approved" | "Rejected"; decisionNote: string | null },
  by: TActorStamp,
  at: Date,
): Promise<boolean> {
  const { count } = await tx.suspenseResolution.updateMany({
    where: { id, status: "Proposed" },
    data: { ...decision, decidedAt: at, decidedBy: by },
  });
  return count === 1;
}

export async function rentAccountExists(db: DbClient, id: string): Promise<boolean> {
  return (await db.rentAccount.count({ where: { id } })) > 0;
}
