import type { TTenure } from "@housing/schemas/tenure";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { z } from "zod";
import { httpStatusOf } from "../api/retry-policy.ts";
import { NotFoundPage } from "../errors/not-found-page.tsx";
import { trpc } from "../trpc.ts";
import { RecordLoadState } from "../components/record-load-state.tsx";

const ZTenureId = z.guid();

/**
 * Loads the tenure the address names. An id that is not a uuid, or that no tenure has, gets
 * "Tenure not found" (no request is made for a malformed id); a failed request gets a retry.
 */
export function TenureLoader({ children }: { children: (tenure: TTenure) => ReactNode }) {
  const { id = "" } = useParams();
  const isTenureId = ZTenureId.safeParse(id).success;
  const tenure = trpc.tenure.get.useQuery({ id }, { enabled: isTenureId });

  if (!isTenureId) return <NotFoundPage what="Tenure" />;
  if (tenure.data !== undefined) return children(tenure.data);
  if (httpStatusOf(tenure.error) === 404) return <NotFoundPage what="Tenure" />;
  return (
    <RecordLoadState
      title="Tenure"
      what="this tenure"
      error={tenure.isError ? tenure.error : null}
      retry={() => void tenure.refetch()}
    />
  );
}
