import type { TAsset } from "@housing/schemas/tenure";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { z } from "zod";
import { RecordLoader } from "../components/record-loader.tsx";
import { trpc } from "../trpc.ts";

const ZAssetId = z.guid();

/**
 * Loads the property the address names. An id that is not a uuid, or that no property has, gets
 * "Property not found" (no request is made for a malformed id); a failed request gets a retry.
 */
export function PropertyLoader({ children }: { children: (asset: TAsset) => ReactNode }) {
  const { id = "" } = useParams();
  const isAssetId = ZAssetId.safeParse(id).success;
  const asset = trpc.asset.get.useQuery({ id }, { enabled: isAssetId });
  return (
    <RecordLoader isValidId={isAssetId} query={asset} kind="Property" title="Property" what="this property">
      {children}
    </RecordLoader>
  );
}
