import { Prisma, type DbClient } from "@housing/db/client";
import type {
  TAccountSearchDocument,
  TAssetAddress,
  TAssetSearchDocument,
  TPersonSearchDocument,
} from "@housing/schemas/search";
import type { PersonNames } from "../../kernel/person-name.ts";
import type { SearchIndexName } from "../search-engine.port.ts";
import type { AlertDates } from "./alert-dates.ts";

// What each projection reads, as plain rows: one SQL statement per batch builds them with
// json_build_object, so a batch of thousands of records costs one round trip, not one per relation.
// Dates come as PostgreSQL writes a date in JSON: yyyy-MM-dd.

type AssetType = TAssetSearchDocument["assetType"];
type AddressForSearch = TAssetAddress & {
  id: string;
  assetType: AssetType;
  name: string | null;
  propertyReference: string;
};
type TenureCore = {
  id: string;
  paymentReference: string;
  startOfTenureDate: string;
  endOfTenureDate: string | null;
  tenureType: { code: string; description: string };
};
type MemberName = { id: string; title: string | null; firstName: string; surname: string };
type Member<P> = { isResponsible: boolean; personTenureType: string; person: P };

export type PersonForSearch = PersonNames & {
  id: string;
  personRef: number;
  title: string | null;
  dateOfBirth: string | null;
  personTypes: TPersonSearchDocument["personTypes"];
  cautionaryAlerts: AlertDates[];
  tenancies: {
    tenure: TenureCore & {
      asset: AddressForSearch;
      rentAccount: { rentAccountNumber: string; balance: number } | null;
      cautionaryAlerts: AlertDates[];
    };
  }[];
  /** Active phone numbers and emails, as search words (each search checks who may see them). */
  contacts: { id: string; contactType: string; value: string }[];
};

export type AssetForSearch = AddressForSearch & {
  cautionaryAlerts: AlertDates[];
  parent: (AddressForSearch & { parent: AddressForSearch | null }) | null;
  _count: { children: number };
  tenures: (TenureCore & { householdMembers: Member<MemberName & { cautionaryAlerts: AlertDates[] }>[] })[];
};

export type TenureForSearch = TenureCore & {
  cautionaryAlerts: AlertDates[];
  asset: AddressForSearch;
  householdMembers: Member<MemberName>[];
};

export type AccountForSearch = {
  id: string;
  rentAccountNumber: string;
  balance: number;
  status: TAccountSearchDocument["accountStatus"];
  tenure: TenureForSearch;
};

export type SourcesForSearch = {
  persons: PersonForSearch;
  assets: AssetForSearch;
  tenures: TenureForSearch;
  accounts: AccountForSearch;
};

const address = (a: string) =>
  `json_build_object('id', ${a}.id, 'assetType', ${a}."assetType", 'name', ${a}.name,
     'propertyReference', ${a}."propertyReference", 'uprn', ${a}.uprn, 'postPreamble', ${a}."postPreamble",
     'addressLine1', ${a}."addressLine1", 'addressLine2', ${a}."addressLine2", 'addressLine3', ${a}."addressLine3",
     'addressLine4', ${a}."addressLine4", 'postCode', ${a}."postCode")`;

const alerts = (column: string, id: string) =>
  `(SELECT COALESCE(json_agg(json_build_object('startDate', al."startDate", 'endDate', al."endDate")), '[]'::json)
      FROM "CautionaryAlert" al WHERE al."${column}" = ${id})`;

// Responsible members first, then as they joined; the person's id settles members added in the
// same millisecond, so a document is the same however often it is projected.
const members = (tenureId: string, withAlerts: boolean) =>
  `(SELECT COALESCE(json_agg(json_build_object('isResponsible', m."isResponsible", 'personTenureType', m."personTenureType",
       'person', json_build_object('id', mp.id, 'title', mp.title, 'firstName', mp."firstName", 'surname', mp.surname
         ${withAlerts ? `, 'cautionaryAlerts', ${alerts("personId", "mp.id")}` : ""}))
       ORDER BY m."isResponsible" DESC, m."addedAt", m."personId"), '[]'::json)
      FROM "HouseholdMember" m JOIN "Person" mp ON mp.id = m."personId" WHERE m."tenureId" = ${tenureId})`;

// A tenure `t` joined to its type as `tt` (and to its home as `s` for tenureDocument).
const tenureCore = (t: string) => `'id', ${t}.id, 'paymentReference', ${t}."paymentReference",
  'startOfTenureDate', ${t}."startOfTenureDate", 'endOfTenureDate', ${t}."endOfTenureDate",
  'tenureType', json_build_object('code', tt.code, 'description', tt.description)`;

const tenureDocument = (t: string) => `json_build_object(${tenureCore(t)},
  'cautionaryAlerts', ${alerts("tenureId", `${t}.id`)}, 'asset', ${address("s")},
  'householdMembers', ${members(`${t}.id`, false)})`;

const personDocument = `json_build_object('id', x.id, 'personRef', x."personRef", 'title', x.title,
  'firstName', x."firstName", 'middleName', x."middleName", 'surname', x.surname,
  'preferredFirstName', x."preferredFirstName", 'preferredMiddleName', x."preferredMiddleName",
  'preferredSurname', x."preferredSurname", 'dateOfBirth', x."dateOfBirth", 'personTypes', x."personTypes",
  'cautionaryAlerts', ${alerts("personId", "x.id")},
  'tenancies', (SELECT COALESCE(json_agg(json_build_object('tenure', json_build_object(${tenureCore("t")},
       'asset', ${address("s")}, 'cautionaryAlerts', ${alerts("tenureId", "t.id")},
       'rentAccount', (SELECT json_build_object('rentAccountNumber', r."rentAccountNumber", 'balance', r.balance)
                         FROM "RentAccount" r WHERE r."tenureId" = t.id)))), '[]'::json)
     FROM "HouseholdMember" hm JOIN "Tenure" t ON t.id = hm."tenureId"
     JOIN "TenureType" tt ON tt.code = t."tenureTypeCode" JOIN "Asset" s ON s.id = t."assetId"
    WHERE hm."personId" = x.id),
  'contacts', (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'contactType', c."contactType", 'value', c.value)
       ORDER BY c.id), '[]'::json)
     FROM "ContactDetail" c WHERE c."targetId" = x.id AND c."isActive" AND c."contactType" IN ('phone', 'email')))`;

const assetDocument = `json_build_object('id', x.id, 'assetType', x."assetType", 'name', x.name,
  'propertyReference', x."propertyReference", 'uprn', x.uprn, 'postPreamble', x."postPreamble",
  'addressLine1', x."addressLine1", 'addressLine2', x."addressLine2", 'addressLine3', x."addressLine3",
  'addressLine4', x."addressLine4", 'postCode', x."postCode",
  'cautionaryAlerts', ${alerts("assetId", "x.id")},
  'parent', (SELECT json_build_object('id', p.id, 'assetType', p."assetType", 'name', p.name,
       'propertyReference', p."propertyReference", 'uprn', p.uprn, 'postPreamble', p."postPreamble",
       'addressLine1', p."addressLine1", 'addressLine2', p."addressLine2", 'addressLine3', p."addressLine3",
       'addressLine4', p."addressLine4", 'postCode', p."postCode",
       'parent', (SELECT ${address("g")} FROM "Asset" g WHERE g.id = p."parentId"))
     FROM "Asset" p WHERE p.id = x."parentId"),
  '_count', json_build_object('children', (SELECT count(*) FROM "Asset" ch WHERE ch."parentId" = x.id)),
  'tenures', (SELECT COALESCE(json_agg(json_build_object(${tenureCore("t")}, 'householdMembers', ${members("t.id", true)})
       ORDER BY t."startOfTenureDate" DESC, t.id), '[]'::json)
     FROM "Tenure" t JOIN "TenureType" tt ON tt.code = t."tenureTypeCode" WHERE t."assetId" = x.id))`;

const accountDocument = `json_build_object('id', x.id, 'rentAccountNumber', x."rentAccountNumber",
  'balance', x.balance, 'status', x.status,
  'tenure', (SELECT ${tenureDocument("t")} FROM "Tenure" t JOIN "TenureType" tt ON tt.code = t."tenureTypeCode"
              JOIN "Asset" s ON s.id = t."assetId" WHERE t.id = x."tenureId"))`;

// Each index's records are `x`; `joins` brings in what its document names beside them.
const sources: Record<SearchIndexName, { table: string; document: string; joins: string }> = {
  persons: { table: "Person", document: personDocument, joins: "" },
  assets: { table: "Asset", document: assetDocument, joins: "" },
  tenures: {
    table: "Tenure",
    document: tenureDocument("x"),
    joins: `JOIN "TenureType" tt ON tt.code = x."tenureTypeCode" JOIN "Asset" s ON s.id = x."assetId"`,
  },
  accounts: { table: "RentAccount", document: accountDocument, joins: "" },
};

/**
 * The order a full rebuild reads an index's records in, and so lays down its documents in. Persons
 * by name, so that one name's documents share pages: at 1,000,000 persons a surname matches
 * thousands, and read one a page they were most of a search's time. The columns are the table's
 * own, text or uuid, the last one unique; `Person (surname, firstName)` has an index.
 */
const rebuildOrder: Record<SearchIndexName, readonly string[]> = {
  persons: ["surname", "firstName", "id"],
  assets: ["id"],
  tenures: ["id"],
  accounts: ["id"],
};

/** Where a full rebuild has read up to: the values of `rebuildOrder`'s columns of the last record read. */
export type RebuildPosition = readonly string[];

/** The records of an index with these ids, in id order, as its projection reads them. */
export async function loadForSearch<I extends SearchIndexName>(
  db: DbClient,
  index: I,
  ids: readonly string[],
): Promise<SourcesForSearch[I][]> {
  const { table } = sources[index];
  const chosen = Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)} WHERE id = ANY(${[...ids]}::uuid[])`;
  return (await readSources(db, index, chosen, ["id"], false)).sources;
}

/** A full rebuild's next `take` records after `after`, in the index's rebuild order, and where they end. */
export async function loadForRebuild<I extends SearchIndexName>(
  db: DbClient,
  index: I,
  after: RebuildPosition | undefined,
  take: number,
): Promise<{ sources: SourcesForSearch[I][]; last: RebuildPosition | undefined }> {
  const { table } = sources[index];
  const order = rebuildOrder[index];
  const columns = Prisma.raw(order.map((column) => `"${column}"`).join(", "));
  const chosen = Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)}
    ${after ? Prisma.sql`WHERE (${columns}) > (${Prisma.join(after.map((value, i) => (order[i] === "id" ? Prisma.sql`${value}::uuid` : Prisma.sql`${value}::text`)))})` : Prisma.empty}
    ORDER BY ${columns} LIMIT ${take}`;
  return readSources(db, index, chosen, order, true);
}

/**
 * One statement: the chosen records' projection sources in `order` and, for a rebuild (`withLast`),
 * the order's values of the last of them.
 */
async function readSources<I extends SearchIndexName>(
  db: DbClient,
  index: I,
  chosen: Prisma.Sql,
  order: readonly string[],
  withLast: boolean,
): Promise<{ sources: SourcesForSearch[I][]; last: RebuildPosition | undefined }> {
  const { document, joins } = sources[index];
  const columns = order.map((column) => `x."${column}"`).join(", ");
  const descending = order.map((column) => `x."${column}" DESC`).join(", ");
  const last = withLast ? `(array_agg(json_build_array(${columns})::text ORDER BY ${descending}))[1]` : "NULL::text";
  const [row] = await db.$queryRaw<{ documents: string | null; last: string | null }[]>`
    SELECT json_agg(${Prisma.raw(document)} ORDER BY ${Prisma.raw(columns)})::text AS documents, ${Prisma.raw(last)} AS last
      FROM (${chosen}) x ${Prisma.raw(joins)}`;
  return {
    sources: row?.documents ? (JSON.parse(row.documents) as SourcesForSearch[I][]) : [],
    last: row?.last ? (JSON.parse(row.last) as RebuildPosition) : undefined,
  };
}
