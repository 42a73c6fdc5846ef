import { describe, expect, it } from "vitest";
import { assetOperations } from "../asset/asset.operations.ts";
import { contactDetailsOperations } from "../contact-details/contact-details.operations.ts";
import { financeOperations } from "../finance/finance.operations.ts";
import { propertyAccountSearchOperations } from "../finance/property-account-search.operations.ts";
import { equalityOperations, serviceAreaDataOperations } from "../person/person-sensitive.operations.ts";
import { personOperations } from "../person/person.operations.ts";
import { searchOperations } from "../search/search.operations.ts";
import { tenureOperations } from "../tenure/tenure.operations.ts";
import { restRoutes } from "./rest-api.ts";

const operationTables = {
  ...personOperations,
  ...equalityOperations,
  ...serviceAreaDataOperations,
  ...contactDetailsOperations,
  ...searchOperations,
  ...propertyAccountSearchOperations,
  ...assetOperations,
  ...tenureOperations,
  ...financeOperations,
};

describe("the reporting role is read-only", () => {
  it("no operation, tRPC or REST, admits it", () => {
    const admitting = Object.entries(operationTables).filter(([, operation]) => operation.roles.includes("reporting"));
    expect(admitting.map(([name]) => name)).toEqual([]);
  });

  it("of the REST routes it may call only the extracts, all of them GETs", () => {
    const admitting = restRoutes.filter((route) => route.roles.includes("reporting"));
    expect(admitting.map((route) => `${route.method} ${route.url}`)).toEqual([
      "GET /api/v1/extracts/persons",
      "GET /api/v1/extracts/contact-details",
      "GET /api/v1/extracts/assets",
      "GET /api/v1/extracts/tenures",
      "GET /api/v1/extracts/household-members",
      "GET /api/v1/extracts/rent-accounts",
      "GET /api/v1/extracts/charges",
      "GET /api/v1/extracts/transactions",
    ]);
  });
});
