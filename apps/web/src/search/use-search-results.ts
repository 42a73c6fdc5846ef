import type { TAssetSearchDocument, TPersonSearchDocument, TTenureSearchDocument } from "@housing/schemas/search";
import { skipToken } from "@tanstack/react-query";
import { z } from "zod";
import { trpc } from "../trpc.ts";
import { type TSearchState, assetSearchInput, personSearchInput, tenureSearchInput } from "./search-params.ts";

export type TSearchResults =
  | { type: "person"; documents: TPersonSearchDocument[] }
  | { type: "asset"; documents: TAssetSearchDocument[] }
  | { type: "tenure"; documents: TTenureSearchDocument[] };

export type TSearchResultsView =
  | { status: "loading" }
  | { status: "error"; retry: () => void }
  /** `isUpdating`: the previous page stays on screen while the next page, sort or filter is fetched. */
  | { status: "success"; total: number; results: TSearchResults; isUpdating: boolean };

// tRPC query keys are [path, { input, type }]; only the search text matters here.
const ZSearchQueryKeyPart = z.object({ input: z.object({ searchText: z.string() }) });

/**
 * Keeps the results on screen while only the page, sort or filters change, so the page does not
 * jump; new search text starts from "Searching…" rather than showing another search's results.
 */
function keepForSameText(searchText: string) {
  return <TData>(previous: TData | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined) => {
    const key = ZSearchQueryKeyPart.safeParse(previousQuery?.queryKey[1]);
    return key.success && key.data.input.searchText === searchText ? previous : undefined;
  };
}

/** Runs the search the page shows, on the index its type names. */
export function useSearchResults(state: TSearchState): TSearchResultsView {
  const placeholderData = keepForSameText(state.searchText);
  const persons = trpc.search.persons.useQuery(state.type === "person" ? personSearchInput(state) : skipToken, {
    placeholderData,
  });
  const assets = trpc.search.assets.useQuery(state.type === "asset" ? assetSearchInput(state) : skipToken, {
    placeholderData,
  });
  const tenures = trpc.search.tenures.useQuery(state.type === "tenure" ? tenureSearchInput(state) : skipToken, {
    placeholderData,
  });

  const query = state.type === "asset" ? assets : state.type === "tenure" ? tenures : persons;
  // Results already shown stay when only a background refetch fails; while retrying it is "Searching…" again.
  if (query.isError && query.data === undefined && !query.isFetching) {
    return { status: "error", retry: () => void query.refetch() };
  }
  const isUpdating = query.isPlaceholderData;
  if (state.type === "person" && persons.data !== undefined) {
    return {
      status: "success",
      total: persons.data.total,
      results: { type: "person", documents: persons.data.results.persons },
      isUpdating,
    };
  }
  if (state.type === "asset" && assets.data !== undefined) {
    return {
      status: "success",
      total: assets.data.total,
      results: { type: "asset", documents: assets.data.results.assets },
      isUpdating,
    };
  }
  if (state.type === "tenure" && tenures.data !== undefined) {
    return {
      status: "success",
      total: tenures.data.total,
      results: { type: "tenure", documents: tenures.data.results.tenures },
      isUpdating,
    };
  }
  return { status: "loading" };
}
