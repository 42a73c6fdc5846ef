import { type TPerson, ZPersonId } from "@housing/schemas/person";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { RecordLoader } from "../components/record-loader.tsx";
import { trpc } from "../trpc.ts";

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

  // Data already shown stays shown when a background refetch fails, so a form being filled in is never lost.
  return (
    <RecordLoader isValidId={isPersonId} query={person} kind="Person" title={pageTitle} what="this person">
      {children}
    </RecordLoader>
  );
}
