import type { TCharge, TRentAccount, TSuspenseResolution, TTransaction } from "@housing/schemas/finance";
import { fullAddress } from "../kernel/asset-address.ts";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import { toIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { personFullName } from "../kernel/person-name.ts";
import { tenureIsActive } from "../kernel/tenure-activity.ts";
import type { ChargeRow, RentAccountRow, TransactionRow } from "./finance.repository.ts";
import { chargeInForce, weeklyChargesByType } from "./finance-rules.ts";

type ResolutionRow = TransactionRow["suspenseResolutions"][number];

export function toCharge(row: ChargeRow): TCharge {
  return {
    id: row.id,
    chargeType: row.chargeType,
    chargeCode: row.chargeCode,
    description: row.description,
    weeklyAmount: Number(row.weeklyAmount),
    startDate: toIsoDate(row.startDate),
    endDate: toIsoDateOrNull(row.endDate),
    version: row.version,
  };
}

export function toRentAccount(row: RentAccountRow, today: string): TRentAccount {
  const { tenure } = row;
  const endOfTenureDate = toIsoDateOrNull(tenure.endOfTenureDate);
  const charges = row.charges.map(toCharge);
  const address = fullAddress(tenure.asset);
  return {
    id: row.id,
    rentAccountNumber: row.rentAccountNumber,
    status: row.status,
    balance: Number(row.balance),
    tenure: {
      id: tenure.id,
      paymentReference: tenure.paymentReference,
      tenureType: { code: tenure.tenureType.code, description: tenure.tenureType.description },
      startOfTenureDate: toIsoDate(tenure.startOfTenureDate),
      endOfTenureDate,
      isActive: tenureIsActive(endOfTenureDate, today),
    },
    asset: {
      id: tenure.asset.id,
      assetId: tenure.asset.propertyReference,
      assetType: tenure.asset.assetType,
      fullAddress: address,
    },
    address,
    tenants: tenure.householdMembers.map((member) => ({
      id: member.person.id,
      fullName: personFullName(member.person),
      isResponsible: member.isResponsible,
    })),
    weeklyCharges: weeklyChargesByType(charges.filter((charge) => chargeInForce(charge, today))),
    charges,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: parseActorStamp(row.createdBy),
  };
}

export function toSuspenseResolution(row: ResolutionRow): TSuspenseResolution {
  return {
    id: row.id,
    transactionId: row.transactionId,
    proposedRentAccountId: row.proposedRentAccountId,
    note: row.note,
    status: row.status,
    proposedAt: row.proposedAt.toISOString(),
    proposedBy: parseActorStamp(row.proposedBy),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy === null ? null : parseActorStamp(row.decidedBy),
    decisionNote: row.decisionNote,
  };
}

export function toTransaction(row: TransactionRow): TTransaction {
  const latest = row.suspenseResolutions[0];
  return {
    id: row.id,
    targetId: row.rentAccountId,
    targetType: row.rentAccountId ? "RentAccount" : null,
    isSuspense: row.isSuspense,
    transactionDate: toIsoDate(row.transactionDate),
    transactionAmount: Number(row.transactionAmount),
    paidAmount: Number(row.paidAmount),
    chargedAmount: Number(row.chargedAmount),
    housingBenefitAmount: Number(row.housingBenefitAmount),
    balanceAmount: row.balanceAmount === null ? null : Number(row.balanceAmount),
    paymentReference: row.paymentReference,
    bankAccountNumber: row.bankAccountNumber,
    sortCode: row.sortCode,
    sender: { id: null, fullName: row.senderName },
    address: row.address,
    fund: row.fund,
    transactionSource: row.transactionSource,
    transactionType: row.transactionType,
    financialYear: row.financialYear,
    financialMonth: row.financialMonth,
    periodNo: row.periodNo,
    suspenseResolutionInfo: latest ? toSuspenseResolution(latest) : null,
    version: row.version,
  };
}
