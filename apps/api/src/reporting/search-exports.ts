import type {
  TAccountSearchDocument,
  TAssetSearchDocument,
  TPersonSearchDocument,
  TTenureSearchDocument,
} from "@housing/schemas/search";
import type { z } from "zod";
import {
  accountTermWeights,
  filtersFor,
  readAllMatches,
  searchAccounts,
  searchAssets,
  searchPersons,
  searchTenures,
} from "../search/run-search.ts";
import type { SearchFilters } from "../search/search-engine.port.ts";
import { type CsvColumn, yesNo } from "./csv.ts";
import { type RecordPages, exportPageSize } from "./csv-export.ts";
import type {
  ZAccountExportInput,
  ZAssetExportInput,
  ZPersonExportInput,
  ZTenureExportInput,
} from "./reporting.schemas.ts";

type SearchContext = Parameters<typeof readAllMatches>[0];
type SearchDocuments = {
  persons: TPersonSearchDocument;
  assets: TAssetSearchDocument;
  tenures: TTenureSearchDocument;
  accounts: TAccountSearchDocument;
};
type Paging = { page: number; pageSize: number };
type Matching = { searchText: string; filters: SearchFilters; termWeights?: readonly number[] };

/** Every match of a search, through the engine's cursor reading, in id order. */
async function* everyMatch<I extends keyof SearchDocuments>(
  ctx: SearchContext,
  index: I,
  matching: Matching,
): RecordPages<SearchDocuments[I]> {
  let cursor: string | undefined;
  do {
    const page = await readAllMatches(ctx, index, { ...matching, cursor, pageSize: exportPageSize });
    yield page.results as SearchDocuments[I][];
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

/** Every match in the search's own order: its pages, read one after another to the last. */
async function* inSearchOrder<T>(pageOf: (paging: Paging) => Promise<T[]>): RecordPages<T> {
  for (let page = 1; ; page += 1) {
    const records = await pageOf({ page, pageSize: exportPageSize });
    if (records.length > 0) yield records;
    if (records.length < exportPageSize) return;
  }
}

type PersonExport = z.output<typeof ZPersonExportInput>;
type AssetExport = z.output<typeof ZAssetExportInput>;
type TenureExport = z.output<typeof ZTenureExportInput>;
type AccountExport = z.output<typeof ZAccountExportInput>;

/** An export's query: a search's, its sort optional. */
type ExportQuery = { searchText: string; sortBy?: string | undefined; isDesc?: boolean | undefined };
/** The search's own query for one page of an export that asked for a sort. */
type SortedPage<E extends ExportQuery> = E & { sortBy: NonNullable<E["sortBy"]>; isDesc: boolean } & Paging;

/**
 * An export's records: with no sort asked for, every match in id order (the engine's cursor reading);
 * otherwise the search's own pages in its order.
 */
function exportPages<I extends keyof SearchDocuments, E extends ExportQuery>(
  ctx: SearchContext,
  index: I,
  input: E,
  matching: Omit<Matching, "searchText">,
  search: (ctx: SearchContext, query: SortedPage<E>) => Promise<{ results: Record<I, SearchDocuments[I][]> }>,
): RecordPages<SearchDocuments[I]> {
  const { sortBy, isDesc = false } = input;
  if (sortBy === undefined) return everyMatch(ctx, index, { ...matching, searchText: input.searchText });
  return inSearchOrder(async (paging) => (await search(ctx, { ...input, sortBy, isDesc, ...paging })).results[index]);
}

export const personExportPages = (ctx: SearchContext, input: PersonExport) =>
  exportPages(ctx, "persons", input, { filters: filtersFor.persons(input) }, searchPersons);

export const assetExportPages = (ctx: SearchContext, input: AssetExport) =>
  exportPages(ctx, "assets", input, { filters: filtersFor.assets(input) }, searchAssets);

export const tenureExportPages = (ctx: SearchContext, input: TenureExport) =>
  exportPages(ctx, "tenures", input, { filters: filtersFor.tenures(input) }, searchTenures);

/** An accounts export looks for its words in the one field its lookUpType names, as the search does. */
export function accountExportPages(ctx: SearchContext, input: AccountExport) {
  const matching = { filters: {}, termWeights: accountTermWeights(input.lookUpType) };
  return exportPages(ctx, "accounts", input, matching, searchAccounts);
}

// Values stay as the API speaks them (type codes, yyyy-mm-dd dates, plain amounts), so reporting
// tools can sort and sum them; the columns are those the staff app's result cards show.
const activeOrEnded = (isActive: boolean) => (isActive ? "Active" : "Ended");
const joinNames = (parts: readonly (string | null)[]) => parts.filter(Boolean).join(" ");

export const personColumns: readonly CsvColumn<TPersonSearchDocument>[] = [
  { header: "Name", value: (p) => joinNames([p.title, p.firstname, p.middleName, p.surname]) },
  {
    header: "Known as",
    value: (p) =>
      p.preferredFirstname === null && p.preferredSurname === null
        ? null
        : joinNames([p.preferredFirstname ?? p.firstname, p.preferredSurname ?? p.surname]),
  },
  { header: "Person reference", value: (p) => p.personRef },
  { header: "Person types", value: (p) => p.personTypes.join(", ") },
  { header: "Cautionary alert", value: (p) => yesNo(p.isPersonCautionaryAlerted || p.isTenureCautionaryAlerted) },
  { header: "Date of birth", value: (p) => p.dateOfBirth },
  {
    header: "Tenures",
    value: (p) => p.tenures.map((t) => `${t.assetFullAddress} (${activeOrEnded(t.isActive)})`).join("; "),
  },
  { header: "Total balance", value: (p) => p.totalBalance },
];

export const assetColumns: readonly CsvColumn<TAssetSearchDocument>[] = [
  { header: "Name", value: (a) => a.name },
  { header: "Address", value: (a) => a.fullAddress },
  { header: "Type", value: (a) => a.assetType },
  { header: "UPRN", value: (a) => a.assetAddress.uprn },
  { header: "Property reference", value: (a) => a.assetId },
  { header: "Tenure type", value: (a) => a.tenure?.type ?? null },
  { header: "Tenure status", value: (a) => (a.tenure ? activeOrEnded(a.tenure.isActive) : "No tenure") },
  { header: "Payment reference", value: (a) => a.tenure?.paymentReference ?? null },
  // As on the card: the residents of a tenure still running only.
  {
    header: "Residents",
    value: (a) => (a.tenure?.isActive ? a.tenure.residents.map((r) => r.fullName).join(", ") : null),
  },
  { header: "Part of", value: (a) => a.parentAssets.map((parent) => parent.name).join(", ") },
  { header: "Cautionary alert", value: (a) => yesNo(a.isAssetCautionaryAlerted) },
];

const memberNames = (tenure: TTenureSearchDocument, isResponsible: boolean) =>
  tenure.householdMembers
    .filter((member) => member.isResponsible === isResponsible)
    .map((member) => member.fullName)
    .join(", ");

export const tenureColumns: readonly CsvColumn<TTenureSearchDocument>[] = [
  { header: "Address", value: (t) => t.tenuredAsset.fullAddress },
  { header: "Payment reference", value: (t) => t.paymentReference },
  { header: "Tenure type", value: (t) => t.tenureType.description },
  { header: "Status", value: (t) => activeOrEnded(t.isActive) },
  { header: "Tenure holders", value: (t) => memberNames(t, true) },
  { header: "Other household members", value: (t) => memberNames(t, false) },
  { header: "Start date", value: (t) => t.startOfTenureDate },
  { header: "End date", value: (t) => t.endOfTenureDate },
];

export const accountColumns: readonly CsvColumn<TAccountSearchDocument>[] = [
  { header: "Rent account number", value: (a) => a.rentAccountNumber },
  { header: "Payment reference", value: (a) => a.paymentReference },
  { header: "Address", value: (a) => a.address },
  { header: "Postcode", value: (a) => a.postCode },
  { header: "Tenure type", value: (a) => a.tenure.type },
  { header: "Tenure status", value: (a) => activeOrEnded(a.tenure.isActive) },
  {
    header: "Tenants",
    value: (a) => a.tenants.map((t) => `${t.fullName}${t.isResponsible ? " (responsible)" : ""}`).join(", "),
  },
  { header: "Account status", value: (a) => a.accountStatus },
  { header: "Balance", value: (a) => a.balance },
];
