import type { ReactNode } from "react";
import { httpStatusOf } from "../api/retry-policy.ts";
import { NotFoundPage } from "../errors/not-found-page.tsx";
import { RecordLoadState } from "./record-load-state.tsx";

type TRecordQuery<TRecord> = {
  data: TRecord | undefined;
  error: { message: string } | null;
  isError: boolean;
  refetch: () => unknown;
};

type RecordLoaderProps<TRecord> = {
  /** Whether the id in the address could be a record's id at all; no request is made when not. */
  isValidId: boolean;
  query: TRecordQuery<TRecord>;
  /** The record's kind, for "Property not found". */
  kind: string;
  /** The page's title while loading or when loading failed. */
  title: string;
  /** The record in a sentence: "this property". */
  what: string;
  children: (record: TRecord) => ReactNode;
};

/**
 * A record page's loading states: "{kind} not found" for an id that cannot be one or that no record has,
 * the record once loaded (and still, if a background refetch fails), or loading and failure with a retry.
 */
export function RecordLoader<TRecord>({ isValidId, query, kind, title, what, children }: RecordLoaderProps<TRecord>) {
  if (!isValidId) return <NotFoundPage what={kind} />;
  if (query.data !== undefined) return children(query.data);
  if (httpStatusOf(query.error) === 404) return <NotFoundPage what={kind} />;
  return (
    <RecordLoadState
      title={title}
      what={what}
      error={query.isError ? query.error : null}
      retry={() => void query.refetch()}
    />
  );
}
