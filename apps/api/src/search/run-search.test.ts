import { describe, expect, it } from "vitest";
import { AppError } from "../kernel/app-error.ts";
import { fieldErrorsFromAppError } from "../kernel/app-error.ts";
import { actorWithRole, silentLogger } from "../testing/test-kit.ts";
import { searchPersons } from "./run-search.ts";
import { type SearchEngine, UnsupportedSearchQuery } from "./search-engine.port.ts";

const notUsed = () => Promise.reject(new Error("not used by a search"));

/** Like Elasticsearch: pages only through the first 10,000 matches. */
const engineWithAResultWindow: SearchEngine = {
  name: "windowed",
  search: (query) =>
    query.page * query.pageSize > 10_000
      ? Promise.reject(new UnsupportedSearchQuery("page", "Pages reach only the first 10000 matches here"))
      : Promise.resolve({ documents: [], total: 0, engineQuery: "", tookMs: 0 }),
  readAfter: notUsed,
  write: notUsed,
  rebuild: notUsed,
  unbuiltIndexes: notUsed,
  reset: notUsed,
};

describe("a search the engine cannot page to", () => {
  it("is the caller's 400 naming the field, not a server error", async () => {
    const ctx = {
      actor: actorWithRole("housing-officer"),
      clock: { now: () => new Date("2026-11-23T12:00:00Z") },
      logger: silentLogger,
      search: engineWithAResultWindow,
      correlationId: "test",
      // The engine here matches no contact detail, so it never asks which are visible.
      db: new Proxy({}, { get: () => expect.unreachable("the database is not used") }) as never,
    };
    const input = { searchText: "smith", page: 1000, pageSize: 12, isDesc: false, sortBy: "relevance" as const };

    const refusal = await searchPersons(ctx, input).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("Invalid");
    expect(fieldErrorsFromAppError(refusal as AppError)).toEqual([
      { path: "page", message: "Pages reach only the first 10000 matches here" },
    ]);
    await expect(searchPersons(ctx, { ...input, page: 2 })).resolves.toEqual({ results: { persons: [] }, total: 0 });
  });
});
