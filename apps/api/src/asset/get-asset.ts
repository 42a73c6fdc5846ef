import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { TAsset } from "@housing/schemas/tenure";
import { hasCurrentAlert } from "../kernel/alert-currency.ts";
import { toIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import type { Clock } from "../kernel/clock.ts";
import { found } from "../kernel/app-error.ts";
import { personFullName } from "../kernel/person-name.ts";
import { tenureIsActive } from "../kernel/tenure-activity.ts";
import { fullAddress } from "../kernel/asset-address.ts";
import { type AssetRow, assetExists, findAssetById } from "./asset.repository.ts";

type Summary = Parameters<typeof fullAddress>[0] & {
  id: string;
  propertyReference: string;
  assetType: TAsset["assetType"];
  name: string | null;
};

const summary = (asset: Summary) => ({
  id: asset.id,
  assetId: asset.propertyReference,
  assetType: asset.assetType,
  name: asset.name,
  fullAddress: fullAddress(asset),
});

export function toAsset(row: AssetRow, today: string): TAsset {
  const current = row.tenures.find((t) => tenureIsActive(toIsoDateOrNull(t.endOfTenureDate), today)) ?? null;
  const ancestors = [row.parent?.parent, row.parent].filter((a): a is NonNullable<typeof a> => Boolean(a)).map(summary);
  return {
    id: row.id,
    assetId: row.propertyReference,
    assetType: row.assetType,
    name: row.name,
    uprn: row.uprn,
    assetAddress: {
      postPreamble: row.postPreamble,
      addressLine1: row.addressLine1,
      addressLine2: row.addressLine2,
      addressLine3: row.addressLine3,
      addressLine4: row.addressLine4,
      postCode: row.postCode,
    },
    fullAddress: fullAddress(row),
    characteristics: {
      bedrooms: row.bedrooms,
      livingRooms: row.livingRooms,
      floorNumber: row.floorNumber,
      totalBlockFloors: row.totalBlockFloors,
      yearConstructed: row.yearConstructed,
    },
    management: {
      isVoid: row.isVoid,
      isLettable: row.isLettable,
      isNewBuild: row.isNewBuild,
      isRightToBuy: row.isRightToBuy,
      rentGroup: row.rentGroup,
    },
    isAssetCautionaryAlerted: hasCurrentAlert(row.cautionaryAlerts, today),
    ancestors,
    childrenCount: row._count.children,
    currentTenure: current
      ? {
          id: current.id,
          paymentReference: current.paymentReference,
          tenureType: { code: current.tenureType.code, description: current.tenureType.description },
          startOfTenureDate: toIsoDate(current.startOfTenureDate),
          endOfTenureDate: toIsoDateOrNull(current.endOfTenureDate),
          residents: current.householdMembers.map((m) => ({
            id: m.person.id,
            fullName: personFullName(m.person),
            isResponsible: m.isResponsible,
          })),
        }
      : null,
    version: row.version,
  };
}

export async function getAsset(deps: { db: DbClient; clock: Clock }, id: string): Promise<TAsset> {
  const row = found("asset", id, await findAssetById(deps.db, id));
  return toAsset(row, todayIsoDate(deps.clock.now()));
}

/** Whether an asset has this id; other domains check a reference through this, not the repository. */
export function assetWithIdExists(db: DbClient, id: string): Promise<boolean> {
  return assetExists(db, id);
}
