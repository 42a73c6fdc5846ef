import { type TPerson, ZPersonId } from "@housing/schemas/person";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { httpStatusOf } from "../api/retry-policy.ts";
import { NotFoundPage } from "../errors/not-found-page.tsx";
import { trpc } from "../trpc.ts";
import { RecordLoadState } from "../components/record-load-state.tsx";

type PersonLoaderProps = {
  /** The page's title while loading or when loading failed. */
  pageTitle: string;
  children: (person: TPerson) => ReactNode;
};

/**
 * Loads the person the address names. An id that is not a uuid, or that no person has, gets
 * "Person not found" (no request is made for a malformed id); a failed request gets a retry.
 */
export function PersonLoader({ pageTitle, children }: PersonLoaderProps) {
  const { id = "" } = useParams();
  const isPersonId = ZPersonId.safeParse({ id }).success;
  const person = trpc.person.get.useQuery({ id }, { enabled: isPersonId });

  if (!isPersonId) return <NotFoundPage what="Person" />;
  // Data already shown stays shown when a background refetch fails, so a form being filled in is never lost.
  if (person.data !== undefined) return children(person.data);
  if (httpStatusOf(person.error) === 404) return <NotFoundPage what="Person" />;
  return (
    <RecordLoadState
      title={pageTitle}
      what="this person"
      error={person.isError ? person.error : null}
      retry={() => void person.refetch()}
    />
  );
}
