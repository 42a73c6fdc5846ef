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

const assetColumns = (a: string) => `'id', ${a}.id, 'assetType', ${a}."assetType", 'name', ${a}.name,
  'propertyReference', ${a}."propertyReference", 'uprn', ${a}.uprn, 'postPreamble', ${a}."postPreamble",
  'addressLine1', ${a}."addressLine1", 'addressLine2', ${a}."addressLine2", 'addressLine3', ${a}."addressLine3",
  'addressLine4', ${a}."addressLine4", 'postCode', ${a}."postCode"`;

const address = (a: string) => `json_build_object(${assetColumns(a)})`;

const alertDates = `json_agg(json_build_object('startDate', al."startDate", 'endDate', al."endDate"))`;

/** The alerts of the records listed by `ids` (SQL naming one uuid column), one row per record that has any. */
const alertsOf = (column: string, ids: string) =>
  `SELECT al."${column}" AS id, ${alertDates} AS alerts FROM "CautionaryAlert" al
    WHERE al."${column}" IN (${ids}) GROUP BY al."${column}"`;

// Responsible members first, then as they joined; the person's id settles members added in the
// same millisecond, so a document is the same however often it is projected.
const memberOrder = `m."isResponsible" DESC, m."addedAt", m."personId"`;
/** A household member `m` (the person `mp`), with the person's alerts where `alerts` names them. */
const memberJson = (alerts?: string) =>
  `json_build_object('isResponsible', m."isResponsible", 'personTenureType', m."personTenureType",
       'person', json_build_object('id', mp.id, 'title', mp.title, 'firstName', mp."firstName", 'surname', mp.surname
         ${alerts ? `, 'cautionaryAlerts', COALESCE(${alerts}, '[]'::json)` : ""}))`;

/**
 * The households of the tenures listed by `ids`, one row per tenure that has members; with
 * `withAlerts`, each member's alerts, gathered as `member_alerts`.
 */
const membersOf = (ids: string, withAlerts = false) =>
  `SELECT m."tenureId" AS id, json_agg(${memberJson(withAlerts ? "ma.alerts" : undefined)} ORDER BY ${memberOrder}) AS members
     FROM "HouseholdMember" m JOIN "Person" mp ON mp.id = m."personId"
     ${withAlerts ? "LEFT JOIN member_alerts ma ON ma.id = mp.id" : ""}
    WHERE m."tenureId" IN (${ids})
    GROUP BY m."tenureId"`;

// A tenure `t` joined to its type as `tt`.
const tenureCore = (t: string) => `'id', ${t}.id, 'paymentReference', ${t}."paymentReference",
  'startOfTenureDate', ${t}."startOfTenureDate", 'endOfTenureDate', ${t}."endOfTenureDate",
  'tenureType', json_build_object('code', tt.code, 'description', tt.description)`;

/** A tenure `t` as its document and an account's show it, with what `tenureJoins` brings in. */
const tenureDocument = (t: string) => `json_build_object(${tenureCore(t)},
  'cautionaryAlerts', COALESCE(bta.alerts, '[]'::json), 'asset', ${address("s")},
  'householdMembers', COALESCE(bm.members, '[]'::json))`;

/** A batch's tenures' alerts and households, gathered once for the batch (see personRelations). */
const tenureRelations = (ids: string) => `, batch_tenure_alerts AS (${alertsOf("tenureId", ids)}),
  batch_members AS (${membersOf(ids)})`;

const tenureJoins = (t: string) => `JOIN "TenureType" tt ON tt.code = ${t}."tenureTypeCode"
  JOIN "Asset" s ON s.id = ${t}."assetId" LEFT JOIN batch_tenure_alerts bta ON bta.id = ${t}.id
  LEFT JOIN batch_members bm ON bm.id = ${t}.id`;

/**
 * A batch of persons' relations, each gathered for the whole batch at once and joined to it by
 * `personJoins`, as every document's are: asked record by record (a subquery each), they took
 * 190-220 ms of a batch of 2,000 persons, gathered 100-130 ms, and a whole reindex of 100,000
 * persons used a third more of the machine.
 */
const personRelations = `, person_tenures AS MATERIALIZED (
    SELECT hm."personId", hm."tenureId" FROM "HouseholdMember" hm WHERE hm."personId" IN (SELECT id FROM x)
  ), person_alerts AS (${alertsOf("personId", "SELECT id FROM x")}),
  tenure_alerts AS (${alertsOf("tenureId", `SELECT "tenureId" FROM person_tenures`)}),
  person_tenancies AS (
    SELECT pt."personId" AS id, json_agg(json_build_object('tenure', json_build_object(${tenureCore("t")},
       'asset', ${address("s")}, 'cautionaryAlerts', COALESCE(ta.alerts, '[]'::json),
       'rentAccount', CASE WHEN r.id IS NULL THEN NULL
         ELSE json_build_object('rentAccountNumber', r."rentAccountNumber", 'balance', r.balance) END))) AS tenancies
     FROM person_tenures pt JOIN "Tenure" t ON t.id = pt."tenureId"
     JOIN "TenureType" tt ON tt.code = t."tenureTypeCode" JOIN "Asset" s ON s.id = t."assetId"
     LEFT JOIN tenure_alerts ta ON ta.id = t.id LEFT JOIN "RentAccount" r ON r."tenureId" = t.id
    GROUP BY pt."personId"
  ), person_contacts AS (
    SELECT c."targetId" AS id, json_agg(json_build_object('id', c.id, 'contactType', c."contactType", 'value', c.value)
       ORDER BY c.id) AS contacts
     FROM "ContactDetail" c
    WHERE c."targetId" IN (SELECT id FROM x) AND c."isActive" AND c."contactType" IN ('phone', 'email')
    GROUP BY c."targetId"
  )`;

const personJoins = `LEFT JOIN person_alerts pa ON pa.id = x.id LEFT JOIN person_tenancies ptc ON ptc.id = x.id
  LEFT JOIN person_contacts pc ON pc.id = x.id`;

const personDocument = `json_build_object('id', x.id, 'personRef', x."personRef", 'title', x.title,
  'firstName', x."firstName", 'middleName', x."middleName", 'surname', x.surname,
  'preferredFirstName', x."preferredFirstName", 'preferredMiddleName', x."preferredMiddleName",
  'preferredSurname', x."preferredSurname", 'dateOfBirth', x."dateOfBirth", 'personTypes', x."personTypes",
  'cautionaryAlerts', COALESCE(pa.alerts, '[]'::json), 'tenancies', COALESCE(ptc.tenancies, '[]'::json),
  'contacts', COALESCE(pc.contacts, '[]'::json))`;

/** A batch of assets' relations, gathered once for the batch (see personRelations). */
const assetRelations = `, asset_alerts AS (${alertsOf("assetId", "SELECT id FROM x")}),
  asset_children AS (
    SELECT ch."parentId" AS id, count(*) AS children FROM "Asset" ch
     WHERE ch."parentId" IN (SELECT id FROM x) GROUP BY ch."parentId"
  ), asset_tenure_ids AS MATERIALIZED (SELECT t.id FROM "Tenure" t WHERE t."assetId" IN (SELECT id FROM x)),
  member_alerts AS (${alertsOf("personId", `SELECT m."personId" FROM "HouseholdMember" m WHERE m."tenureId" IN (SELECT id FROM asset_tenure_ids)`)}),
  asset_households AS (${membersOf("SELECT id FROM asset_tenure_ids", true)}),
  asset_tenures AS (
    SELECT t."assetId" AS id, json_agg(json_build_object(${tenureCore("t")}, 'householdMembers', COALESCE(ah.members, '[]'::json))
       ORDER BY t."startOfTenureDate" DESC, t.id) AS tenures
     FROM "Tenure" t JOIN "TenureType" tt ON tt.code = t."tenureTypeCode" LEFT JOIN asset_households ah ON ah.id = t.id
    WHERE t."assetId" IN (SELECT id FROM x)
    GROUP BY t."assetId"
  )`;

const assetJoins = `LEFT JOIN "Asset" p ON p.id = x."parentId" LEFT JOIN "Asset" g ON g.id = p."parentId"
  LEFT JOIN asset_alerts aa ON aa.id = x.id LEFT JOIN asset_children ac ON ac.id = x.id
  LEFT JOIN asset_tenures at ON at.id = x.id`;

const assetDocument = `json_build_object(${assetColumns("x")},
  'cautionaryAlerts', COALESCE(aa.alerts, '[]'::json),
  'parent', CASE WHEN p.id IS NULL THEN NULL
    ELSE json_build_object(${assetColumns("p")}, 'parent', CASE WHEN g.id IS NULL THEN NULL ELSE ${address("g")} END) END,
  '_count', json_build_object('children', COALESCE(ac.children, 0)),
  'tenures', COALESCE(at.tenures, '[]'::json))`;

// An account's tenure is always there: it is NOT NULL and keyed.
const accountDocument = `json_build_object('id', x.id, 'rentAccountNumber', x."rentAccountNumber",
  'balance', x.balance, 'status', x.status, 'tenure', ${tenureDocument("t")})`;

// Each index's records are `x`; `joins` brings in what its document names beside them, and
// `relations` gathers (as more common table expressions over `x`) what those joins read.
const sources: Record<SearchIndexName, { table: string; document: string; joins: string; relations?: string }> = {
  persons: { table: "Person", document: personDocument, joins: personJoins, relations: personRelations },
  assets: { table: "Asset", document: assetDocument, joins: assetJoins, relations: assetRelations },
  tenures: {
    table: "Tenure",
    document: tenureDocument("x"),
    joins: tenureJoins("x"),
    relations: tenureRelations("SELECT id FROM x"),
  },
  accounts: {
    table: "RentAccount",
    document: accountDocument,
    joins: `JOIN "Tenure" t ON t.id = x."tenureId" ${tenureJoins("t")}`,
    relations: tenureRelations(`SELECT "tenureId" FROM x`),
  },
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
  const { document, joins, relations = "" } = sources[index];
  const columns = order.map((column) => `x."${column}"`).join(", ");
  const descending = order.map((column) => `x."${column}" DESC`).join(", ");
  const last = withLast ? `(array_agg(json_build_array(${columns})::text ORDER BY ${descending}))[1]` : "NULL::text";
  const [row] = await db.$queryRaw<{ documents: string | null; last: string | null }[]>`
    WITH x AS MATERIALIZED (${chosen})${Prisma.raw(relations)}
    SELECT json_agg(${Prisma.raw(document)} ORDER BY ${Prisma.raw(columns)})::text AS documents, ${Prisma.raw(last)} AS last
      FROM x ${Prisma.raw(joins)}`;
  return {
    sources: row?.documents ? (JSON.parse(row.documents) as SourcesForSearch[I][]) : [],
    last: row?.last ? (JSON.parse(row.last) as string[]) : undefined,
  };
}
