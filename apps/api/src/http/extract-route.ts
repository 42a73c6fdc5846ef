import { ZErrorResponse } from "@housing/schemas/errors";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { csvHeaderOf } from "../reporting/extract-fields.ts";
import type { TExtractQuery } from "../reporting/extract.schemas.ts";
import { openExtract } from "../reporting/extract-stream.ts";
import type { AnyExtract } from "../reporting/reporting.extracts.ts";
import { type AnyRestRoute, defineRestRoute } from "./rest-route.ts";

const contentTypes = { jsonl: "application/x-ndjson; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;
export const extractAsOfHeader = "x-extract-as-of";

/** The same request with `after` moved on: the next page, as an absolute URL. */
function nextPageUrl(request: FastifyRequest, after: string): string {
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  url.searchParams.set("after", after);
  return url.toString();
}

function describe(declared: AnyExtract): string {
  const fields = declared.fields.map((field) => field.name).join(", ");
  return `${declared.summary}. Records in id order, streamed as they are read (a failure part-way cuts the connection rather than ending the body). Each record: ${fields}. ${declared.notes}`;
}

/** The REST adapter of a reporting extract: GET /api/v1/extracts/{entity}, JSON lines or CSV, whole or a page at a time. */
export function extractRoute(declared: AnyExtract): AnyRestRoute {
  return defineRestRoute({
    method: "GET",
    url: `/api/v1/extracts/${declared.entity}`,
    operationId: declared.operationId,
    summary: declared.summary,
    tag: "Reporting extracts",
    roles: declared.roles,
    query: declared.query,
    responses: {
      200: {
        description: describe(declared),
        content: {
          [contentTypes.jsonl]: z.string().meta({ description: "One JSON object a line (format=jsonl, the default)" }),
          [contentTypes.csv]: z.string().meta({
            description: "format=csv: UTF-8 with a byte order mark, a header row, CRLF line ends",
            example: csvHeaderOf(declared.fields),
          }),
        },
        headers: {
          "X-Extract-As-Of":
            "The server's clock when the extract began, the clock that stamps modifiedAt (ISO 8601): send it, a few minutes earlier, as the next load's modifiedSince",
          Link: 'With limit, when more records may follow: <the same request with after=the last id>; rel="next"',
          "Content-Disposition": `With format=csv: attachment; filename="${declared.entity}.csv"`,
        },
      },
      400: { description: "A bad query parameter, named in fieldErrors", schema: ZErrorResponse },
    },
    handler: async ({ ctx, query, request, reply }) => {
      const extractQuery = query as TExtractQuery;
      const opened = await openExtract(ctx, declared, extractQuery);
      reply.type(contentTypes[extractQuery.format]).header(extractAsOfHeader, opened.asOf.toISOString());
      if (extractQuery.format === "csv") {
        reply.header("content-disposition", `attachment; filename="${declared.entity}.csv"`);
      }
      if (opened.nextAfter !== undefined)
        reply.header("link", `<${nextPageUrl(request, opened.nextAfter)}>; rel="next"`);
      return reply.send(opened.body);
    },
  });
}
