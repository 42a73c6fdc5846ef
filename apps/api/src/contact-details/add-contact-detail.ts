import type { DbClient } from "@housing/db/client";
import { activeContactLimit, type TContactDetail, type TCreateContactDetail } from "@housing/schemas/contact-details";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError } from "../kernel/app-error.ts";
import { inChangeTransaction, recordCreation } from "../outbox/record-change.ts";
import { getContactDetail, todayFor } from "./contact-details-reads.ts";
import {
  type ContactScope,
  clearDefaults,
  countActiveOfType,
  insertContactDetail,
  lockContactTarget,
} from "./contact-details.repository.ts";
import { assertOwnsArea, contactEventData } from "./contact-details-rules.ts";

const oneLine = (parts: (string | undefined)[]) => parts.filter(Boolean).join(", ");

type ContactInformation = TCreateContactDetail["contactInformation"];

/** The value a record shows: the phone number or email as given, an address as one line. */
function contactValue(info: ContactInformation): string {
  const address = info.addressExtended;
  if (info.contactType !== "address") return info.value;
  if (address?.isOverseasAddress) return oneLine([address.overseasAddress, address.country]);
  return oneLine([
    address?.addressLine1,
    address?.addressLine2,
    address?.addressLine3,
    address?.addressLine4,
    address?.postCode,
  ]);
}

/** The address columns of a record; an overseas address has no postcode. */
function addressColumns(address: ContactInformation["addressExtended"]) {
  return {
    addressLine1: address?.addressLine1 ?? null,
    addressLine2: address?.addressLine2 ?? null,
    addressLine3: address?.addressLine3 ?? null,
    addressLine4: address?.addressLine4 ?? null,
    postCode: address?.isOverseasAddress ? null : (address?.postCode ?? null),
    uprn: address?.uprn ?? null,
    isOverseasAddress: address?.isOverseasAddress ?? false,
    overseasAddress: address?.overseasAddress ?? null,
    country: address?.country ?? null,
  };
}

/** Refuses a sixth active phone or email for the target and area (the caller holds the target's lock). */
async function assertRoomForAnother(
  tx: DbClient,
  input: TCreateContactDetail,
  scope: ContactScope,
  todayDate: Date,
): Promise<void> {
  const { contactType } = input.contactInformation;
  if (contactType === "address" || (await countActiveOfType(tx, scope, todayDate)) < activeContactLimit) return;
  const kind = contactType === "phone" ? "phone numbers" : "email addresses";
  throw new AppError(
    "Invalid",
    `This ${input.targetType} already has ${activeContactLimit} active ${kind} for ${scope.serviceArea}. Mark one as historic before adding another.`,
    {
      fieldErrors: [
        { path: "contactInformation.value", message: `There can be at most ${activeContactLimit} active ${kind}` },
      ],
    },
  );
}

/**
 * Adds a phone, email or address for a target within the caller's own service area: at most five
 * active phones and five active emails per target and area, one default per type.
 */
export async function addContactDetail(ctx: DomainContext, input: TCreateContactDetail): Promise<TContactDetail> {
  const area = input.sourceServiceArea.area;
  assertOwnsArea(ctx, area, "add contact details for");
  const info = input.contactInformation;
  const value = contactValue(info);
  const scope = { targetId: input.targetId, serviceArea: area, contactType: info.contactType };

  const id = await inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const { todayDate } = todayFor(ctx);
    // The target's lock comes before counting: parallel adds then see each other's records.
    if (!(await lockContactTarget(tx, input.targetType, input.targetId))) {
      throw new AppError("Invalid", `No ${input.targetType} has the id ${input.targetId}`, {
        fieldErrors: [{ path: "targetId", message: `No ${input.targetType} has this id` }],
      });
    }
    await assertRoomForAnother(tx, input, scope, todayDate);
    if (input.sourceServiceArea.isDefault) await clearDefaults(tx, scope, undefined, by, at);
    const created = await insertContactDetail(tx, {
      targetId: input.targetId,
      targetType: input.targetType,
      contactType: info.contactType,
      subType: info.subType,
      value,
      description: info.description ?? null,
      ...addressColumns(info.addressExtended),
      serviceArea: area,
      isDefault: input.sourceServiceArea.isDefault,
      validUntil: input.recordValidUntil ? fromIsoDate(input.recordValidUntil) : null,
      ...createdStamp(by, at),
    });
    await recordCreation(tx, stamp, {
      eventType: "ContactDetailAddedEvent",
      entityId: created.id,
      newData: contactEventData({
        targetId: input.targetId,
        targetType: input.targetType,
        contactType: info.contactType,
        subType: info.subType,
        value,
        description: info.description,
        serviceArea: area,
        isDefault: input.sourceServiceArea.isDefault,
      }),
    });
    return created.id;
  });
  return getContactDetail(ctx, id);
}
