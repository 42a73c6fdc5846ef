import type { DomainContext } from "../common/domain-context.ts";
import { operationDefiner } from "../common/operation.ts";
import type { SearchEngine } from "./search-engine.port.ts";

/** What a search needs: the caller, and the engine the composition root chose. */
export type SearchContext = Pick<DomainContext, "db" | "actor" | "clock" | "logger" | "correlationId"> & {
  search: SearchEngine;
};

/** What a search operation's handler gets: the request's context, which has the engine. */
export type SearchRequestContext = DomainContext & SearchContext;

/** Declares an operation whose handler searches with the request context's engine. */
export const defineSearchOperation = operationDefiner<SearchRequestContext>();

/** The 400 every search documents. */
export const badSearchQuery = { 400: "Fewer than 2 characters, markup, or a bad parameter" };
