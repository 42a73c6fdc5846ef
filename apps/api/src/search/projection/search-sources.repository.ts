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
 * The order a full rebuild reads an index's records in, and so lays down its documents in: one
 * name's documents then share pages. At 1,000,000 persons a surname matches thousands, and read one
 * a page they were most of a search's time; a tenant's name finds rent accounts the same way.
 * - `columns`: the table's own columns, text or uuid, the last one unique, read by keyset
 *   (`Person (surname, firstName)` has an index).
 * - `ranked`: SQL listing the ids in order as one JSON array (`ids`), for an order no index serves
 *   (an account's tenant is in other tables): read once, in one sort, then a batch of ids at a time.
 */
type RebuildOrder = { columns: readonly string[] } | { ranked: string };

// An account goes with its first tenant as its document lists them: responsible first, then as
// they joined. Joined and sorted whole (2.8 s at 1,000,000 persons), not looked up per account (6.2 s).
const accountsByTenantName = `SELECT coalesce(json_agg(f.id ORDER BY f.surname, f."firstName", f.id), '[]')::text AS ids
  FROM (SELECT DISTINCT ON (x.id) x.id, p.surname, p."firstName"
          FROM "RentAccount" x LEFT JOIN "HouseholdMember" m ON m."tenureId" = x."tenureId"
          LEFT JOIN "Person" p ON p.id = m."personId"
         ORDER BY x.id, m."isResponsible" DESC, m."addedAt", m."personId") f`;

const rebuildOrder: Record<SearchIndexName, RebuildOrder> = {
  persons: { columns: ["surname", "firstName", "id"] },
  assets: { columns: ["id"] },
  tenures: { columns: ["id"] },
  accounts: { ranked: accountsByTenantName },
};

/**
 * Where a full rebuild goes on from: the order's values of the last record read (`columns`), or the
 * ids listed in order and how many of them were read (`ranked`).
 */
export type RebuildPosition = { after: readonly string[] } | { ids: readonly string[]; read: number };

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

/**
 * A full rebuild's next `take` records after `after`, in the index's rebuild order, and where the
 * batch after them starts (none when these are the last).
 */
export async function loadForRebuild<I extends SearchIndexName>(
  db: DbClient,
  index: I,
  after: RebuildPosition | undefined,
  take: number,
): Promise<{ sources: SourcesForSearch[I][]; next: RebuildPosition | undefined }> {
  const order = rebuildOrder[index];
  const { table } = sources[index];
  if ("ranked" in order) {
    const listed = after && "ids" in after ? after : { ids: await rankedIds(db, order.ranked), read: 0 };
    const { ids } = listed;
    // Records deleted since the ids were listed are skipped; an empty batch is only ever the last.
    for (let read = listed.read; read < ids.length; read += take) {
      const chosen = Prisma.sql`SELECT x.*, o.rank FROM unnest(${ids.slice(read, read + take)}::uuid[]) WITH ORDINALITY AS o(id, rank)
        JOIN ${Prisma.raw(`"${table}"`)} x ON x.id = o.id`;
      const batch = (await readSources(db, index, chosen, ["rank"], false)).sources;
      const next = read + take < ids.length ? { ids, read: read + take } : undefined;
      if (batch.length > 0 || !next) return { sources: batch, next };
    }
    return { sources: [], next: undefined };
  }
  const { columns: orderColumns } = order;
  const columns = Prisma.raw(orderColumns.map((column) => `"${column}"`).join(", "));
  const values = after && "after" in after ? after.after : undefined;
  const chosen = Prisma.sql`SELECT * FROM ${Prisma.raw(`"${table}"`)}
    ${values ? Prisma.sql`WHERE (${columns}) > (${Prisma.join(values.map((value, i) => (orderColumns[i] === "id" ? Prisma.sql`${value}::uuid` : Prisma.sql`${value}::text`)))})` : Prisma.empty}
    ORDER BY ${columns} LIMIT ${take}`;
  const { sources: batch, last } = await readSources(db, index, chosen, orderColumns, true);
  return { sources: batch, next: batch.length < take || !last ? undefined : { after: last } };
}

async function rankedIds(db: DbClient, ranked: string): Promise<readonly string[]> {
  const [row] = await db.$queryRawUnsafe<{ ids: string }[]>(ranked);
  return row ? (JSON.parse(row.ids) as string[]) : [];
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
): Promise<{ sources: SourcesForSearch[I][]; last: readonly string[] | undefined }> {
  const { document, joins } = sources[index];
  const columns = order.map((column) => `x."${column}"`).join(", ");
  const descending = order.map((column) => `x."${column}" DESC`).join(", ");
  const last = withLast ? `(array_agg(json_build_array(${columns})::text ORDER BY ${descending}))[1]` : "NULL::text";
  const [row] = await db.$queryRaw<{ documents: string | null; last: string | null }[]>`
    SELECT json_agg(${Prisma.raw(document)} ORDER BY ${Prisma.raw(columns)})::text AS documents, ${Prisma.raw(last)} AS last
      FROM (${chosen}) x ${Prisma.raw(joins)}`;
  return {
    sources: row?.documents ? (JSON.parse(row.documents) as SourcesForSearch[I][]) : [],
    last: row?.last ? (JSON.parse(row.last) as string[]) : undefined,
  };
}
