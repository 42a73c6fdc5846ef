import type { TAsset } from "@housing/schemas/tenure";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { z } from "zod";
import { httpStatusOf } from "../api/retry-policy.ts";
import { NotFoundPage } from "../errors/not-found-page.tsx";
import { trpc } from "../trpc.ts";
import { RecordLoadState } from "../components/record-load-state.tsx";

const ZAssetId = z.guid();

/**
 * Loads the property the address names. An id that is not a uuid, or that no property has, gets
 * "Property not found" (no request is made for a malformed id); a failed request gets a retry.
 */
export function PropertyLoader({ children }: { children: (asset: TAsset) => ReactNode }) {
  const { id = "" } = useParams();
  const isAssetId = ZAssetId.safeParse(id).success;
  const asset = trpc.asset.get.useQuery({ id }, { enabled: isAssetId });

  if (!isAssetId) return <NotFoundPage what="Property" />;
  if (asset.data !== undefined) return children(asset.data);
  if (httpStatusOf(asset.error) === 404) return <NotFoundPage what="Property" />;
  return (
    <RecordLoadState
      title="Property"
      what="this property"
      error={asset.isError ? asset.error : null}
      retry={() => void asset.refetch()}
    />
  );
}
