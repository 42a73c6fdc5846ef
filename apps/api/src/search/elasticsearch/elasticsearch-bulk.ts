import type { Client, estypes } from "@elastic/elasticsearch";
import type { SearchDocumentRecord } from "../search-engine.port.ts";
import { toElasticDocument } from "./elasticsearch-mappings.ts";

/** `index` replaces (live writes); `create` keeps a copy already there (a rebuild, see below). */
export type WriteMode = "index" | "create";

/**
 * Removals first, then upserts, so a document both removed and upserted in one batch ends up
 * present, as PostgreSQL's delete-then-insert leaves it.
 */
export function bulkOperations(
  upserts: readonly SearchDocumentRecord[],
  removals: readonly string[],
  mode: WriteMode,
): estypes.BulkRequest["operations"] {
  return [
    ...removals.map((id) => ({ delete: { _id: id } })),
    ...upserts.flatMap((doc) => [{ [mode]: { _id: doc.id } }, toElasticDocument(doc)]),
  ];
}

/** A bulk request answers 200 even when items fail: look at each item. */
export function bulkFailures(response: estypes.BulkResponse, options: { keepExisting: boolean }): string[] {
  const failures: string[] = [];
  for (const item of response.items) {
    for (const [operation, result] of Object.entries(item)) {
      if (!result?.error) continue;
      // A rebuild's `create` meeting a copy the live indexer wrote meanwhile: that copy is newer.
      if (options.keepExisting && operation === "create" && result.status === 409) continue;
      failures.push(
        `${operation} ${result._id ?? "?"} in ${result._index}: ${result.error.type} ${result.error.reason ?? ""}`,
      );
    }
  }
  return failures;
}

export async function writeBulk(
  client: Client,
  request: {
    index: string;
    operations: estypes.BulkRequest["operations"];
    refresh: estypes.Refresh;
    requireAlias: boolean;
  },
  options: { keepExisting: boolean },
): Promise<void> {
  if (!request.operations || request.operations.length === 0) return;
  const response = await client.bulk({
    index: request.index,
    operations: request.operations,
    refresh: request.refresh,
    require_alias: request.requireAlias,
  });
  if (!response.errors) return;
  const failures = bulkFailures(response, options);
  if (failures.length > 0) {
    const more = failures.length > 5 ? ` (and ${failures.length - 5} more)` : "";
    throw new Error(`Elasticsearch refused ${failures.length} write(s): ${failures.slice(0, 5).join("; ")}${more}`);
  }
}
