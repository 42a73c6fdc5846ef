import type { DbClient, Prisma } from "@housing/db/client";
import type { TAlertTarget } from "@housing/schemas/cautionary-alert";
import { versionedUpdate } from "../kernel/version-conflict.ts";

const targetColumn = { person: "personId", tenure: "tenureId", asset: "assetId" } as const;

type TargetColumns = { personId?: string; tenureId?: string; assetId?: string };

/** The column that names an alert's target: exactly one of them is set (a CHECK holds it). */
function targetColumnsOf(target: TAlertTarget): TargetColumns {
  return { [targetColumn[target.targetType]]: target.targetId };
}

export type CautionaryAlertRow = Prisma.CautionaryAlertGetPayload<object>;

export async function findAlertById(db: DbClient, id: string): Promise<CautionaryAlertRow | null> {
  return db.cautionaryAlert.findUnique({ where: { id } });
}

export async function findAlertsOf(db: DbClient, target: TAlertTarget): Promise<CautionaryAlertRow[]> {
  return db.cautionaryAlert.findMany({
    where: targetColumnsOf(target),
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
  });
}

export async function insertAlert(
  tx: DbClient,
  target: TAlertTarget,
  data: Omit<Prisma.CautionaryAlertUncheckedCreateInput, keyof TargetColumns>,
) {
  return tx.cautionaryAlert.create({ data: { ...data, ...targetColumnsOf(target) }, select: { id: true } });
}

/** An alert's versioned update (see versionedUpdate): one of two racing ends wins. */
export const alertUpdate = versionedUpdate<DbClient, Prisma.CautionaryAlertUncheckedUpdateManyInput>(
  "cautionary alert",
  {
    updateMany: (tx, args) => tx.cautionaryAlert.updateMany(args),
    findVersion: (db, id) => db.cautionaryAlert.findUnique({ where: { id }, select: { version: true } }),
  },
);
