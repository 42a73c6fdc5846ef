import { roles, type TRole } from "@housing/schemas/auth";
import { todayIsoDate } from "@housing/schemas/dates";
import { ZErrorResponse } from "@housing/schemas/errors";
import { ZTransactionExportInput } from "@housing/schemas/finance";
import { z } from "zod";
import { financeRoles } from "../auth/access.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { defineRestRoute } from "../http/rest-route.ts";
import type { CsvColumn } from "./csv.ts";
import { type RecordPages, streamCsvExport } from "./csv-export.ts";
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
import { transactionColumns, transactionExportPages } from "./transaction-exports.ts";

const csvContentType = "text/csv; charset=utf-8";

type CsvExportRoute<Q extends z.ZodType, T> = {
  /** The search it exports (persons → /api/v1/search/persons/export), and the file's name. */
  kind: string;
  operationId: string;
  summary: string;
  roles: readonly TRole[];
  query: Q;
  columns: readonly CsvColumn<T>[];
  pages(ctx: DomainContext, query: z.output<Q>): RecordPages<T>;
};

/** GET …/export: the search's filters in, every match out as a CSV file, streamed as it is read. */
function csvExportRoute<Q extends z.ZodType, T>(route: CsvExportRoute<Q, T>) {
  const headerRow = route.columns.map((column) => column.header).join(",");
  return defineRestRoute({
    method: "GET",
    url: `/api/v1/search/${route.kind}/export`,
    operationId: route.operationId,
    summary: route.summary,
    tag: "Reporting",
    roles: route.roles,
    query: route.query,
    responses: {
      200: {
        description: `Every match, one row each, under a header row (UTF-8 with a byte order mark, CRLF). If reading fails part-way the connection is cut rather than the file ended.`,
        contentType: csvContentType,
        schema: z.string().meta({ example: headerRow }),
        headers: { "Content-Disposition": `attachment; filename="${route.kind}-yyyy-mm-dd.csv"` },
      },
      400: { description: "A bad search parameter, named in fieldErrors", schema: ZErrorResponse },
    },
    handler: async ({ ctx, query, reply }) => {
      const csv = await streamCsvExport(ctx, route.kind, route.columns, route.pages(ctx, query));
      return reply
        .type(csvContentType)
        .header("content-disposition", `attachment; filename="${route.kind}-${todayIsoDate(ctx.clock.now())}.csv"`)
        .header("cache-control", "no-store")
        .send(csv);
    },
  });
}

export const reportingRoutes = [
  csvExportRoute({
    kind: "persons",
    operationId: "exportPersonSearch",
    summary: "Every person a search finds, as CSV",
    roles,
    query: ZPersonExportInput,
    columns: personColumns,
    pages: personExportPages,
  }),
  csvExportRoute({
    kind: "assets",
    operationId: "exportAssetSearch",
    summary: "Every property a search finds, as CSV",
    roles,
    query: ZAssetExportInput,
    columns: assetColumns,
    pages: assetExportPages,
  }),
  csvExportRoute({
    kind: "tenures",
    operationId: "exportTenureSearch",
    summary: "Every tenure a search finds, as CSV",
    roles,
    query: ZTenureExportInput,
    columns: tenureColumns,
    pages: tenureExportPages,
  }),
  csvExportRoute({
    kind: "accounts",
    operationId: "exportAccountSearch",
    summary: "Every rent account a search finds (by lookUpType), with its balance, as CSV",
    roles,
    query: ZAccountExportInput,
    columns: accountColumns,
    pages: accountExportPages,
  }),
  csvExportRoute({
    kind: "transactions",
    operationId: "exportTransactionSearch",
    summary: "Every transaction a search finds, in its order, as CSV (finance roles only)",
    roles: financeRoles,
    query: ZTransactionExportInput,
    columns: transactionColumns,
    pages: transactionExportPages,
  }),
];
