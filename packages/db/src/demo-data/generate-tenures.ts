import type { PersonTenureType, TenureKind } from "../generated/prisma/client.ts";
import { dateOf, timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import { fictionalLandline } from "./fake-data.ts";
import { addContactDetail } from "./generate-contact-details.ts";
import type { Dwelling } from "./generate-estates.ts";
import { addRentAccount } from "./generate-finance.ts";
import type { Household } from "./generate-households.ts";
import { tenureKindByCode } from "./reference-data.ts";

export type TenureSpec = { code: string; startDay: number; endDay: number | null; reason: string | null };

function responsibleType(kind: TenureKind): PersonTenureType {
  return kind === "Leasehold" ? "Leaseholder" : kind === "Freehold" ? "Freeholder" : "Tenant";
}

/** A tenure of the dwelling held by the household, with its memberships and rent account. */
export function addTenure(
  ctx: DemoContext,
  batch: DemoBatch,
  dwelling: Dwelling,
  tenure: TenureSpec,
  household: Household,
): void {
  const kind = tenureKindByCode.get(tenure.code) ?? "Other";
  const id = ctx.ids.uuid();
  const paymentReference = ctx.references.nextPaymentReference();
  const created = timestampOf(tenure.startDay, 9 * 60 + 30);
  batch.tenures.push({
    id,
    paymentReference,
    tenureTypeCode: tenure.code,
    assetId: dwelling.row.id,
    startOfTenureDate: dateOf(tenure.startDay),
    endOfTenureDate: tenure.endDay === null ? null : dateOf(tenure.endDay),
    isTerminated: tenure.endDay !== null,
    terminationReason: tenure.reason,
    version: tenure.endDay === null ? 1 : 2,
    createdAt: created,
    createdBy: ctx.actor,
    modifiedAt: tenure.endDay === null ? created : timestampOf(tenure.endDay, 16 * 60),
    modifiedBy: ctx.actor,
  });
  const responsible = [household.lead, ...(household.joint ? [household.joint] : [])];
  for (const resident of [...responsible, ...household.members]) {
    const isResponsible = responsible.includes(resident);
    batch.householdMembers.push({
      tenureId: id,
      personId: resident.row.id,
      isResponsible,
      personTenureType: isResponsible ? responsibleType(kind) : "HouseholdMember",
      addedAt: timestampOf(Math.max(tenure.startDay, resident.birthDay), 9 * 60 + 30),
    });
  }
  const { title, firstName, surname } = household.lead.row;
  const payerName = `${title ? `${title} ` : ""}${firstName.charAt(0)} ${surname}`
    .normalize("NFD")
    .replace(/[^\w &'-]/g, "")
    .toUpperCase();
  addRentAccount(ctx, batch, {
    tenureId: id,
    paymentReference,
    kind,
    dwelling,
    startDay: tenure.startDay,
    endDay: tenure.endDay,
    payerName,
  });
  if (tenure.endDay === null && kind === "Leasehold" && ctx.random.chance(0.15)) {
    addContactDetail(
      ctx,
      batch,
      {
        targetId: id,
        targetType: "tenure",
        contactType: "phone",
        subType: "other",
        value: fictionalLandline(ctx.random),
        serviceArea: "housing",
        description: "Letting agent for the sublet flat",
        createdDay: tenure.startDay,
      },
      new Set(),
    );
  }
  if (ctx.random.chance(0.003)) {
    const raised = timestampOf(ctx.asOf - 5, 9 * 60);
    batch.cautionaryAlerts.push({
      id: ctx.ids.uuid(),
      tenureId: id,
      alertCode: "ASB",
      description: "Anti-social behaviour case open on this tenancy",
      startDate: dateOf(ctx.asOf - ctx.random.int(10, 400)),
      createdAt: raised,
      createdBy: ctx.actor,
      modifiedAt: raised,
    });
  }
}
