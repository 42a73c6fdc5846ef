import {
  type TAssetSearchState,
  type TPersonSearchState,
  type TSearchState,
  type TTenureSearchState,
  refineSearch,
} from "./search-params.ts";

export type TSortOption<TSortBy extends string = string> = {
  value: string;
  label: string;
  sortBy: TSortBy;
  isDesc: boolean;
};

const bestMatch = { value: "relevance", label: "Best match", sortBy: "relevance", isDesc: false } as const;

/** One drop-down for field and direction, in the words officers use. */
export const sortOptions: {
  person: readonly TSortOption<TPersonSearchState["sortBy"]>[];
  asset: readonly TSortOption<TAssetSearchState["sortBy"]>[];
  tenure: readonly TSortOption<TTenureSearchState["sortBy"]>[];
} = {
  person: [
    bestMatch,
    { value: "surname", label: "Surname A to Z", sortBy: "surname", isDesc: false },
    { value: "surname-desc", label: "Surname Z to A", sortBy: "surname", isDesc: true },
  ],
  asset: [
    bestMatch,
    { value: "address", label: "Address", sortBy: "address", isDesc: false },
    { value: "address-desc", label: "Address, reversed", sortBy: "address", isDesc: true },
  ],
  tenure: [
    bestMatch,
    { value: "startDate-desc", label: "Start date, newest first", sortBy: "startDate", isDesc: true },
    { value: "startDate", label: "Start date, oldest first", sortBy: "startDate", isDesc: false },
  ],
};

/** The drop-down option a search is sorted by. */
export function sortOptionOf(state: TSearchState): TSortOption {
  const options: readonly TSortOption[] = sortOptions[state.type];
  return options.find((option) => option.sortBy === state.sortBy && option.isDesc === state.isDesc) ?? bestMatch;
}

function chosen<TSortBy extends string>(options: readonly TSortOption<TSortBy>[], value: string) {
  const option = options.find((candidate) => candidate.value === value) ?? options[0];
  return option === undefined ? {} : { sortBy: option.sortBy, isDesc: option.isDesc };
}

/** The search sorted by a drop-down option, from its first page. */
export function withSortOption(state: TSearchState, value: string): TSearchState {
  switch (state.type) {
    case "person":
      return refineSearch(state, chosen(sortOptions.person, value));
    case "asset":
      return refineSearch(state, chosen(sortOptions.asset, value));
    case "tenure":
      return refineSearch(state, chosen(sortOptions.tenure, value));
  }
}
