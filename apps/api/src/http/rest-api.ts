import type { FastifyInstance } from "fastify";
import { contactDetailsRoutes } from "../contact-details/contact-details.routes.ts";
import { searchRoutes } from "../search/search.routes.ts";
import { assetRoutes } from "../asset/asset.routes.ts";
import { tenureRoutes } from "../tenure/tenure.routes.ts";
import { financeRoutes } from "../finance/finance.routes.ts";
import { apiDocsPage } from "../openapi/api-docs-page.ts";
import { openApiDocument } from "../openapi/openapi-document.ts";
import { personRoutes } from "../person/person.routes.ts";
import { personSensitiveRoutes } from "../person/person-sensitive.routes.ts";
import { reportingRoutes } from "../reporting/reporting.routes.ts";
import { registerRestRoutes } from "./rest-route.ts";

/** Every domain's REST routes; the same list feeds the OpenAPI document. */
export const restRoutes = [
  ...personRoutes,
  ...personSensitiveRoutes,
  ...contactDetailsRoutes,
  ...searchRoutes,
  ...assetRoutes,
  ...tenureRoutes,
  ...financeRoutes,
  ...reportingRoutes,
];

export function registerRestApi(app: FastifyInstance): void {
  registerRestRoutes(app, restRoutes);
  const document = openApiDocument(restRoutes);
  const docsPage = apiDocsPage(document);
  const open = { config: { public: true } };
  app.get("/api/openapi.json", open, async () => document);
  app.get("/api/docs", open, async (_request, reply) => reply.type("text/html; charset=utf-8").send(docsPage));
}
