import type { TTenure } from "@housing/schemas/tenure";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { z } from "zod";
import { RecordLoader } from "../components/record-loader.tsx";
import { trpc } from "../trpc.ts";

const ZTenureId = z.guid();

/**
 * Loads the tenure the address names. An id that is not a uuid, or that no tenure has, gets
 * "Tenure not found" (no request is made for a malformed id); a failed request gets a retry.
 */
export function TenureLoader({ children }: { children: (tenure: TTenure) => ReactNode }) {
  const { id = "" } = useParams();
  const isTenureId = ZTenureId.safeParse(id).success;
  const tenure = trpc.tenure.get.useQuery({ id }, { enabled: isTenureId });
  return (
    <RecordLoader isValidId={isTenureId} query={tenure} kind="Tenure" title="Tenure" what="this tenure">
      {children}
    </RecordLoader>
  );
}
