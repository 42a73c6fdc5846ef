import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactDetail } from "@housing/schemas/contact-details";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import { toIsoDateOrNull } from "../kernel/calendar-date.ts";
import type { ContactDetailRow } from "./contact-details.repository.ts";

/** A record past its valid-until date counts as historic without anyone touching it. */
export function contactIsActive(row: { isActive: boolean; validUntil: Date | null }, today: string): boolean {
  const validUntil = toIsoDateOrNull(row.validUntil);
  return row.isActive && (validUntil === null || validUntil >= today);
}

export function toContactDetail(row: ContactDetailRow, callerAreas: readonly string[], today: string): TContactDetail {
  const createdBy = parseActorStamp(row.createdBy);
  const isAddress = row.contactType === "address";
  return {
    id: row.id,
    targetId: row.targetId,
    targetType: row.targetType,
    contactInformation: {
      contactType: row.contactType,
      subType: row.subType,
      value: row.value,
      description: row.description,
      addressExtended: isAddress
        ? {
            uprn: row.uprn,
            addressLine1: row.addressLine1,
            addressLine2: row.addressLine2,
            addressLine3: row.addressLine3,
            addressLine4: row.addressLine4,
            postCode: row.postCode,
            isOverseasAddress: row.isOverseasAddress,
            overseasAddress: row.overseasAddress,
            country: row.country,
          }
        : null,
    },
    sourceServiceArea: { area: row.serviceArea as TServiceArea, isDefault: row.isDefault },
    recordValidUntil: toIsoDateOrNull(row.validUntil),
    isActive: contactIsActive(row, today),
    endedAt: row.endedAt?.toISOString() ?? null,
    isOwnedByCaller: callerAreas.includes(row.serviceArea),
    // Consents are the owning area's business; others see only that the record was shared with them.
    consents: row.consents
      .filter((consent) => callerAreas.includes(row.serviceArea) || callerAreas.includes(consent.grantedToArea))
      .map((consent) => {
        const grantedBy = parseActorStamp(consent.grantedBy);
        return {
          id: consent.id,
          grantedToArea: consent.grantedToArea as TServiceArea,
          consentedBy: consent.consentedBy,
          grantedAt: consent.grantedAt.toISOString(),
          grantedBy: { fullName: grantedBy.name, emailAddress: grantedBy.email },
          validUntil: toIsoDateOrNull(consent.validUntil),
          revokedAt: consent.revokedAt?.toISOString() ?? null,
        };
      }),
    createdBy: { createdAt: row.createdAt.toISOString(), fullName: createdBy.name, emailAddress: createdBy.email },
    lastModified: row.modifiedAt.toISOString(),
    version: row.version,
  };
}
