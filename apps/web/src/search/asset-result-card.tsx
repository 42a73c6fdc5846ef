import type { TAssetSearchDocument } from "@housing/schemas/search";
import { assetTypeLabels } from "../property/property-labels.ts";
import {
  ResultTags,
  SearchResultCard,
  type TResultDetail,
  TenureStatusTag,
  cautionaryAlertTag,
  namesOrNone,
} from "./search-result-card.tsx";

const namedAssetTypes: readonly TAssetSearchDocument["assetType"][] = ["Estate", "Block"];

/** Estates and blocks are known by their name, everything else by its address. */
function titleOf(asset: TAssetSearchDocument): string {
  return namedAssetTypes.includes(asset.assetType) && asset.name !== null && asset.name.trim() !== ""
    ? asset.name
    : asset.fullAddress;
}

function TenureSummary({ tenure }: { tenure: NonNullable<TAssetSearchDocument["tenure"]> }) {
  return (
    <>
      <TenureStatusTag isActive={tenure.isActive} /> {tenure.type}, payment reference {tenure.paymentReference}
    </>
  );
}

export function AssetResultCard({ asset }: { asset: TAssetSearchDocument }) {
  const title = titleOf(asset);
  const { tenure } = asset;
  const details: TResultDetail[] = [
    ...(title === asset.fullAddress ? [] : [{ label: "Address", value: asset.fullAddress }]),
    { label: "Type", value: assetTypeLabels[asset.assetType] },
    { label: "UPRN", value: asset.assetAddress.uprn ?? "None" },
    { label: "Property reference", value: asset.assetId },
    { label: "Tenure", value: tenure === null ? "No tenure" : <TenureSummary tenure={tenure} /> },
    ...(tenure === null || !tenure.isActive
      ? []
      : [{ label: "Residents", value: namesOrNone(tenure.residents.map((resident) => resident.fullName)) }]),
    ...(asset.parentAssets.length === 0
      ? []
      : [{ label: "Part of", value: asset.parentAssets.map((parent) => parent.name).join(", ") }]),
  ];

  return (
    <SearchResultCard
      href={`/properties/${asset.id}`}
      title={title}
      tags={<ResultTags tags={[asset.isAssetCautionaryAlerted && cautionaryAlertTag]} />}
      details={details}
    />
  );
}
