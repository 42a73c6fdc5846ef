import { todayIsoDate } from "@housing/schemas/dates";
import { ZErrorResponse } from "@housing/schemas/errors";
import { z } from "zod";
import { streamCsvExport } from "../reporting/csv-export.ts";
import { type AnyCsvExport, exportColumns } from "../reporting/reporting.exports.ts";
import { type AnyRestRoute, defineRestRoute } from "./rest-route.ts";

const csvContentType = "text/csv; charset=utf-8";

/** The REST adapter of a CSV export: GET …/export, the search's filters in, every match out, streamed as it is read. */
export function csvExportRoute(declared: AnyCsvExport): AnyRestRoute {
  const headerRow = declared.columns.map((column) => column.header).join(",");
  return defineRestRoute({
    method: "GET",
    url: `/api/v1/search/${declared.kind}/export`,
    operationId: declared.operationId,
    summary: declared.summary,
    tag: "Reporting",
    roles: declared.roles,
    query: declared.query,
    responses: {
      200: {
        description: `Every match, one row each, under a header row (UTF-8 with a byte order mark, CRLF). If reading fails part-way the connection is cut rather than the file ended.`,
        contentType: csvContentType,
        schema: z.string().meta({ example: headerRow }),
        headers: { "Content-Disposition": `attachment; filename="${declared.kind}-yyyy-mm-dd.csv"` },
      },
      400: { description: "A bad search parameter, named in fieldErrors", schema: ZErrorResponse },
    },
    handler: async ({ ctx, query, reply }) => {
      const columns = exportColumns(declared, query);
      const csv = await streamCsvExport(ctx, declared.kind, columns, declared.pages(ctx, query));
      return reply
        .type(csvContentType)
        .header("content-disposition", `attachment; filename="${declared.kind}-${todayIsoDate(ctx.clock.now())}.csv"`)
        .send(csv);
    },
  });
}
