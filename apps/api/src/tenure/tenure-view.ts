import type { TTenure } from "@housing/schemas/tenure";
import { fullAddress } from "../kernel/asset-address.ts";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import { toIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { personFullName } from "../kernel/person-name.ts";
import type { TenureRow } from "./tenure.repository.ts";
import { tenureIsActive } from "../kernel/tenure-activity.ts";

const money = (value: number) => Math.round(value * 100) / 100;

export function toTenure(row: TenureRow, today: string): TTenure {
  const endOfTenureDate = toIsoDateOrNull(row.endOfTenureDate);
  const weekly = (type: string) =>
    money(
      (row.rentAccount?.charges ?? [])
        .filter((c) => c.chargeType === type)
        .reduce((sum, c) => sum + Number(c.weeklyAmount), 0),
    );
  const weeklyCharges = {
    dwellingRent: weekly("DwellingRent"),
    nonDwellingRent: weekly("NonDwellingRent"),
    serviceCharges: weekly("ServiceCharge"),
    rentalServiceCharges: weekly("RentalServiceCharge"),
  };
  return {
    id: row.id,
    paymentReference: row.paymentReference,
    tenureType: { code: row.tenureType.code, description: row.tenureType.description },
    startOfTenureDate: toIsoDate(row.startOfTenureDate),
    endOfTenureDate,
    isActive: tenureIsActive(endOfTenureDate, today),
    isTerminated: row.isTerminated,
    terminationReason: row.terminationReason,
    tenuredAsset: {
      id: row.asset.id,
      assetId: row.asset.propertyReference,
      assetType: row.asset.assetType,
      name: row.asset.name,
      uprn: row.asset.uprn,
      fullAddress: fullAddress(row.asset),
    },
    householdMembers: row.householdMembers.map((member) => ({
      id: member.person.id,
      fullName: personFullName(member.person),
      dateOfBirth: toIsoDateOrNull(member.person.dateOfBirth),
      isResponsible: member.isResponsible,
      personTenureType: member.personTenureType,
    })),
    rentAccount: row.rentAccount
      ? {
          id: row.rentAccount.id,
          rentAccountNumber: row.rentAccount.rentAccountNumber,
          balance: Number(row.rentAccount.balance),
          status: row.rentAccount.status,
          weeklyCharges: { ...weeklyCharges, total: money(Object.values(weeklyCharges).reduce((a, b) => a + b, 0)) },
        }
      : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: parseActorStamp(row.createdBy),
  };
}
