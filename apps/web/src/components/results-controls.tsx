import { Select, type TSelectOption } from "./select.tsx";

type ResultsControlsProps = {
  /** Field and direction in one drop-down, in the words officers use. */
  sortOptions: readonly TSelectOption[];
  sortValue: string;
  onSort: (value: string) => void;
  pageSizes: readonly number[];
  pageSize: number;
  /** "Results per page". */
  pageSizeLabel: string;
  onPageSize: (pageSize: number) => void;
};

/** Sort and page size side by side above a list of results; each change applies at once. */
export function ResultsControls({
  sortOptions,
  sortValue,
  onSort,
  pageSizes,
  pageSize,
  pageSizeLabel,
  onPageSize,
}: ResultsControlsProps) {
  return (
    <div className="app-search-controls">
      <Select
        id="sortBy"
        label="Sort by"
        options={sortOptions}
        value={sortValue}
        onChange={(event) => onSort(event.target.value)}
      />
      <Select
        id="pageSize"
        label={pageSizeLabel}
        options={pageSizes.map((size) => ({ value: String(size), label: String(size) }))}
        value={String(pageSize)}
        onChange={(event) => {
          const chosen = pageSizes.find((size) => String(size) === event.target.value);
          if (chosen !== undefined) onPageSize(chosen);
        }}
      />
    </div>
  );
}
