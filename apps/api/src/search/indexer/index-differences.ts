import { isDeepStrictEqual } from "node:util";
import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import { projectDocuments } from "../projection/project-documents.ts";
import { pageOfIds } from "../projection/projection.repository.ts";
import { searchIndexNames } from "../search-engine.port.ts";

/**
 * Where the PostgreSQL engine's answering documents differ from what the projection makes of the
 * tables now (tests): a line per missing, extra or different document, none when they are equal.
 */
export async function indexDifferences(db: Db, today = todayIsoDate()): Promise<string[]> {
  const differences: string[] = [];
  for (const index of searchIndexNames) {
    const state = await db.searchIndexState.findUnique({ where: { indexName: index } });
    const stored = await db.searchDocument.findMany({
      where: { indexName: index, generation: state?.activeGeneration ?? 1 },
      select: { id: true, document: true },
    });
    const actual = new Map(stored.map((doc) => [doc.id, doc.document]));
    const ids: string[] = [];
    for (let page = await pageOfIds(db, index, undefined, 1000); page.length > 0;) {
      ids.push(...page);
      page = page.length < 1000 ? [] : await pageOfIds(db, index, page.at(-1), 1000);
    }
    const { upserts } = await projectDocuments(db, index, ids, today);
    for (const { id, document } of upserts) {
      // Through JSON, as the document was stored.
      const expected: unknown = JSON.parse(JSON.stringify(document));
      const found = actual.get(id);
      if (found === undefined) differences.push(`${index} ${id}: no document`);
      else if (!isDeepStrictEqual(found, expected)) {
        differences.push(`${index} ${id}: ${JSON.stringify(found)} where the tables make ${JSON.stringify(expected)}`);
      }
      actual.delete(id);
    }
    for (const id of actual.keys()) differences.push(`${index} ${id}: a document for no record`);
  }
  return differences;
}
