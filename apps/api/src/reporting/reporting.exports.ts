import { staffRoles, type TRole } from "@housing/schemas/auth";
import { ZTransactionExportInput } from "@housing/schemas/finance";
import type { z } from "zod";
import { financeRoles } from "../auth/access.ts";
import type { DomainContext } from "../common/domain-context.ts";
import type { SearchContext } from "../search/search-context.ts";
import type { CsvColumn } from "./csv.ts";
import type { RecordPages } from "./csv-export.ts";
import { ZAccountExportInput, ZAssetExportInput, ZPersonExportInput, ZTenureExportInput } from "./reporting.schemas.ts";
import {
  accountColumns,
  accountExportPages,
  assetColumns,
  assetExportPages,
  personColumns,
  personExportPages,
  tenureColumns,
  tenureExportPages,
} from "./search-exports.ts";
import { assetScreenColumns, personScreenColumns, tenureScreenColumns } from "./screen-columns.ts";
import { transactionColumns, transactionExportPages } from "./transaction-exports.ts";

/** One CSV export, declared once; the REST adapter (http/csv-export-route.ts) offers it at GET …/export. */
export type CsvExport<Q extends z.ZodType, T> = {
  /** The search it exports (persons → /api/v1/search/persons/export), and the file's name. */
  kind: string;
  operationId: string;
  summary: string;
  roles: readonly TRole[];
  query: Q;
  columns: readonly CsvColumn<T>[];
  /** The staff app's columns and wording, when the query asks for `layout=screen`. */
  screenColumns?: readonly CsvColumn<T>[];
  pages(ctx: DomainContext & SearchContext, query: z.output<Q>): RecordPages<T>;
};

/** Declares an export with its precise types; the adapter reads it as an `AnyCsvExport`. */
function csvExport<Q extends z.ZodType, T>(declared: CsvExport<Q, T>): AnyCsvExport {
  return declared as unknown as AnyCsvExport;
}

export type AnyCsvExport = CsvExport<z.ZodType, unknown>;

/** The columns an export's query asks for: the staff app's (`layout=screen`) where it has them. */
export function exportColumns<T>(declared: CsvExport<z.ZodType, T>, query: unknown): readonly CsvColumn<T>[] {
  const layout = typeof query === "object" && query !== null && "layout" in query ? query.layout : undefined;
  return layout === "screen" && declared.screenColumns ? declared.screenColumns : declared.columns;
}

export const csvExports = [
  csvExport({
    kind: "persons",
    operationId: "exportPersonSearch",
    summary: "Every person a search finds, as CSV",
    roles: staffRoles,
    query: ZPersonExportInput,
    columns: personColumns,
    screenColumns: personScreenColumns,
    pages: personExportPages,
  }),
  csvExport({
    kind: "assets",
    operationId: "exportAssetSearch",
    summary: "Every property a search finds, as CSV",
    roles: staffRoles,
    query: ZAssetExportInput,
    columns: assetColumns,
    screenColumns: assetScreenColumns,
    pages: assetExportPages,
  }),
  csvExport({
    kind: "tenures",
    operationId: "exportTenureSearch",
    summary: "Every tenure a search finds, as CSV",
    roles: staffRoles,
    query: ZTenureExportInput,
    columns: tenureColumns,
    screenColumns: tenureScreenColumns,
    pages: tenureExportPages,
  }),
  csvExport({
    kind: "accounts",
    operationId: "exportAccountSearch",
    summary: "Every rent account a search finds (by lookUpType), with its balance, as CSV",
    roles: staffRoles,
    query: ZAccountExportInput,
    columns: accountColumns,
    pages: accountExportPages,
  }),
  csvExport({
    kind: "transactions",
    operationId: "exportTransactionSearch",
    summary: "Every transaction a search finds, in its order, as CSV (finance roles only)",
    roles: financeRoles,
    query: ZTransactionExportInput,
    columns: transactionColumns,
    pages: transactionExportPages,
  }),
];
