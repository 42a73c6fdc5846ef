import type { FastifyInstance } from "fastify";
import { assetOperations, assetTag } from "../asset/asset.operations.ts";
import { cautionaryAlertOperations, cautionaryAlertTag } from "../cautionary-alert/cautionary-alert.operations.ts";
import { contactDetailsOperations, contactDetailsTag } from "../contact-details/contact-details.operations.ts";
import { financeOperations, financeTag } from "../finance/finance.operations.ts";
import { propertyAccountSearchOperations } from "../finance/property-account-search.operations.ts";
import { csvExportRoute } from "../http/csv-export-route.ts";
import { extractRoute } from "../http/extract-route.ts";
import { registerRestRoutes, restRoutesOf } from "../http/rest-route.ts";
import { apiDocsPage } from "../openapi/api-docs-page.ts";
import { openApiDocument } from "../openapi/openapi-document.ts";
import {
  equalityOperations,
  personSensitiveTag,
  serviceAreaDataOperations,
} from "../person/person-sensitive.operations.ts";
import { personOperations, personTag } from "../person/person.operations.ts";
import { csvExports } from "../reporting/reporting.exports.ts";
import { extracts } from "../reporting/reporting.extracts.ts";
import { searchOperations, searchTag } from "../search/search.operations.ts";
import { tenureOperations, tenureTag } from "../tenure/tenure.operations.ts";

/** Every domain's REST routes, through the REST adapter; the same list feeds the OpenAPI document. */
export const restRoutes = [
  ...restRoutesOf(personOperations, personTag),
  ...restRoutesOf(equalityOperations, personSensitiveTag),
  ...restRoutesOf(serviceAreaDataOperations, personSensitiveTag),
  ...restRoutesOf(contactDetailsOperations, contactDetailsTag),
  ...restRoutesOf({ ...searchOperations, ...propertyAccountSearchOperations }, searchTag),
  ...restRoutesOf(assetOperations, assetTag),
  ...restRoutesOf(tenureOperations, tenureTag),
  ...restRoutesOf(cautionaryAlertOperations, cautionaryAlertTag),
  ...restRoutesOf(financeOperations, financeTag),
  ...csvExports.map(csvExportRoute),
  ...extracts.map(extractRoute),
];

export function registerRestApi(app: FastifyInstance): void {
  registerRestRoutes(app, restRoutes);
  const document = openApiDocument(restRoutes);
  const docsPage = apiDocsPage(document);
  const open = { config: { public: true } };
  app.get("/api/openapi.json", open, async () => document);
  app.get("/api/docs", open, async (_request, reply) => reply.type("text/html; charset=utf-8").send(docsPage));
}
