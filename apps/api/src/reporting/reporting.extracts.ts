import { reportingRole, staffRoles, type TRole } from "@housing/schemas/auth";
import type { z } from "zod";
import { financeRoles } from "../auth/access.ts";
import type { ExtractSource } from "./extract-stream.ts";
import {
  assetFields,
  contactDetailFields,
  householdMemberFields,
  membershipKey,
  personFields,
  tenureFields,
} from "./extract-columns.ts";
import { ZMembershipCursor, ZRecordCursor, extractQuery } from "./extract.schemas.ts";
import {
  readAssets,
  readCharges,
  readContactDetails,
  readHouseholdMembers,
  readPersons,
  readRentAccounts,
  readTenures,
  readTransactions,
} from "./extract-readers.ts";
import { chargeFields, rentAccountFields, transactionFields } from "./finance-extract-columns.ts";

/** One reporting extract, declared once; the REST adapter (http/extract-route.ts) offers it at GET /api/v1/extracts/{entity}. */
export type Extract<R> = ExtractSource<R> & {
  operationId: string;
  summary: string;
  /** What a loader should know beyond the fields: how modifiedSince and ids work for it. */
  notes: string;
  roles: readonly TRole[];
  query: z.ZodType;
};

export type AnyExtract = Extract<unknown>;

/** Declares an extract with its precise row type; the adapter reads it as an `AnyExtract`. */
function extract<R>(declared: Extract<R>): AnyExtract {
  return declared as unknown as AnyExtract;
}

// Records every member of staff may read, and the reporting role; finance records as everywhere else.
const readerRoles = [...staffRoles, reportingRole] as const;
const financeReaderRoles = [...financeRoles, reportingRole] as const;
const byId = (row: { id: string }) => row.id;
const recordQuery = extractQuery(ZRecordCursor);

export const extracts = [
  extract({
    entity: "persons",
    operationId: "extractPersons",
    summary: "Every person: names, dates, person types (no equality, identity or service-area data)",
    notes: "personTypes is an array in JSON; in CSV one true/false column per type (isTenant, isLeaseholder…).",
    roles: readerRoles,
    query: recordQuery,
    fields: personFields,
    read: readPersons,
    keyOf: byId,
  }),
  extract({
    entity: "contact-details",
    operationId: "extractContactDetails",
    summary: "Every contact detail the caller's service areas own or may see by consent, current and historic",
    notes:
      "targetType and targetId name the person, organisation or tenure; serviceArea the owning area. A consent granted or withdrawn marks the record modified.",
    roles: readerRoles,
    query: recordQuery,
    fields: contactDetailFields,
    read: readContactDetails,
    keyOf: byId,
  }),
  extract({
    entity: "assets",
    operationId: "extractAssets",
    summary: "Every property (estates, blocks, homes…) with its parent asset",
    notes: "parentAssetId is the block or estate the asset belongs to.",
    roles: readerRoles,
    query: recordQuery,
    fields: assetFields,
    read: readAssets,
    keyOf: byId,
  }),
  extract({
    entity: "tenures",
    operationId: "extractTenures",
    summary: "Every tenure with its asset and dates; its household is the household-members extract",
    notes: "A tenure is active while it has started and its end date, if any, is today or later.",
    roles: readerRoles,
    query: recordQuery,
    fields: tenureFields,
    read: readTenures,
    keyOf: byId,
  }),
  extract({
    entity: "household-members",
    operationId: "extractHouseholdMembers",
    summary: "Every person's membership of a tenure's household",
    notes:
      "id is tenureId:personId, and records come in that order. modifiedAt is the tenure's: with modifiedSince you get every member of each tenure changed since, so replace those tenures' members (a removed member is simply absent).",
    roles: readerRoles,
    query: extractQuery(ZMembershipCursor),
    fields: householdMemberFields,
    read: readHouseholdMembers,
    keyOf: membershipKey,
  }),
  extract({
    entity: "rent-accounts",
    operationId: "extractRentAccounts",
    summary: "Every rent account with its tenure, asset and balance (finance roles and reporting)",
    notes: "A posting moves the balance and marks the account modified.",
    roles: financeReaderRoles,
    query: recordQuery,
    fields: rentAccountFields,
    read: readRentAccounts,
    keyOf: byId,
  }),
  extract({
    entity: "charges",
    operationId: "extractCharges",
    summary: "Every weekly charge of every rent account (finance roles and reporting)",
    notes: "Ending a charge marks it modified.",
    roles: financeReaderRoles,
    query: recordQuery,
    fields: chargeFields,
    read: readCharges,
    keyOf: byId,
  }),
  extract({
    entity: "transactions",
    operationId: "extractTransactions",
    summary: "Every transaction, suspense payments included (finance roles and reporting)",
    notes:
      "A suspense payment has no rentAccountId until a match is approved; proposing or deciding a match marks it modified.",
    roles: financeReaderRoles,
    query: recordQuery,
    fields: transactionFields,
    read: readTransactions,
    keyOf: byId,
  }),
];
