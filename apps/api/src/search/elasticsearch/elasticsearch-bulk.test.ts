import type { estypes } from "@elastic/elasticsearch";
import { describe, expect, it } from "vitest";
import type { SearchDocumentRecord } from "../search-engine.port.ts";
import { bulkFailures, bulkOperations } from "./elasticsearch-bulk.ts";
import { indexLayout } from "./elasticsearch-index-names.ts";

const record: SearchDocumentRecord = {
  id: "p1",
  document: { id: "p1", surname: "Smith" },
  terms: [
    { term: "smith", weight: 5 },
    { term: "07700900555", weight: 10, contactDetailId: "c1" },
  ],
  sortText: "smith john",
  sortNumber: null,
  sortSubNumber: null,
  sortDate: "1980-01-01",
  sortAmount: null,
  types: ["Tenant"],
  isActive: true,
};

describe("bulkOperations", () => {
  it("removes before it writes, so a document both removed and written in one batch stays", () => {
    expect(bulkOperations([record], ["p1", "p2"], "index")).toEqual([
      { delete: { _id: "p1" } },
      { delete: { _id: "p2" } },
      { index: { _id: "p1" } },
      {
        id: "p1",
        document: { id: "p1", surname: "Smith" },
        terms: [
          { term: "smith", weight: 5 },
          { term: "07700900555", weight: 10, contactDetailId: "c1" },
        ],
        sortText: "smith john",
        sortNumber: null,
        sortSubNumber: null,
        sortDate: "1980-01-01",
        types: ["Tenant"],
        isActive: true,
      },
    ]);
  });

  it("sends a sort amount only when the document has one, which indices made before it existed never see", () => {
    expect(bulkOperations([record], [], "index")?.[1]).not.toHaveProperty("sortAmount");
    expect(bulkOperations([{ ...record, sortAmount: -12.5 }], [], "index")?.[1]).toMatchObject({ sortAmount: -12.5 });
  });

  it("uses create for a rebuild, which keeps a copy the live indexer already wrote", () => {
    expect(bulkOperations([record], [], "create")?.[0]).toEqual({ create: { _id: "p1" } });
  });
});

describe("bulkFailures", () => {
  const response = (items: estypes.BulkResponse["items"]): estypes.BulkResponse => ({ errors: true, took: 1, items });
  const conflict = {
    create: { _id: "p1", _index: "i", status: 409, error: { type: "version_conflict_engine_exception" } },
  };

  it("ignores a rebuild's create meeting a newer copy, but not other failures", () => {
    const mapping = { index: { _id: "p2", _index: "i", status: 400, error: { type: "mapper_parsing_exception" } } };
    expect(bulkFailures(response([conflict, mapping]), { keepExisting: true })).toEqual([
      "index p2 in i: mapper_parsing_exception ",
    ]);
    expect(bulkFailures(response([conflict]), { keepExisting: false })).toHaveLength(1);
  });

  it("does not count removing a document that is not there", () => {
    const missing = { delete: { _id: "p3", _index: "i", status: 404, result: "not_found" } };
    expect(bulkFailures(response([missing]), { keepExisting: false })).toEqual([]);
  });
});

describe("indexLayout", () => {
  const layout = indexLayout("housing-", "persons");

  it("names generations behind a read alias and a building alias", () => {
    expect(layout).toMatchObject({
      readAlias: "housing-persons",
      buildingAlias: "housing-persons-building",
      physicalPattern: "housing-persons-v*",
    });
    expect(layout.physicalName(7)).toBe("housing-persons-v7");
  });

  it("reads the generation of its own indices only", () => {
    expect(layout.generationOf("housing-persons-v12")).toBe(12);
    expect(layout.generationOf("housing-persons-vip")).toBeNull();
    expect(layout.generationOf("housing-assets-v1")).toBeNull();
  });
});
