import type { TFieldError } from "@housing/schemas/errors";
import type { ZAssetChanges } from "@housing/schemas/asset";
import type { TAsset } from "@housing/schemas/tenure";
import type { z } from "zod";

// The "Edit property" form: what it shows, what it sends (only what changed) and where errors go.

export const addressFields = [
  "addressLine1",
  "addressLine2",
  "addressLine3",
  "addressLine4",
  "postCode",
  "uprn",
] as const;
type TAddressField = (typeof addressFields)[number];

export const managementFlags = ["isVoid", "isLettable", "isNewBuild", "isRightToBuy"] as const;
export type TManagementFlag = (typeof managementFlags)[number];

export type TPropertyValues = Record<TAddressField, string> & { flags: TManagementFlag[]; rentGroup: string };
export type TPropertyField = TAddressField | "flags" | "rentGroup";
export const propertyFormFields: readonly TPropertyField[] = [...addressFields, "flags", "rentGroup"];

export const propertyFieldLabels: Record<TPropertyField, string> = {
  addressLine1: "Address line 1",
  addressLine2: "Address line 2",
  addressLine3: "Town or city",
  addressLine4: "County",
  postCode: "Postcode",
  uprn: "UPRN",
  flags: "Management",
  rentGroup: "Rent group",
};

export type TPropertyChanges = z.input<typeof ZAssetChanges>;

export function valuesFromAsset(asset: TAsset): TPropertyValues {
  const { assetAddress: address, management } = asset;
  return {
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2 ?? "",
    addressLine3: address.addressLine3 ?? "",
    addressLine4: address.addressLine4 ?? "",
    postCode: address.postCode ?? "",
    uprn: asset.uprn ?? "",
    flags: managementFlags.filter((flag) => management[flag]),
    rentGroup: management.rentGroup ?? "",
  };
}

const stored = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/**
 * Only what the officer changed against the version they loaded: an emptied optional box becomes
 * null (the API clears it); an emptied first line is sent as typed, so the schema says "Enter…".
 */
export function changesFromValues(loaded: TAsset, values: TPropertyValues): TPropertyChanges {
  const before = valuesFromAsset(loaded);
  const changes: Record<string, string | boolean | null> = {};
  for (const field of [...addressFields, "rentGroup"] as const) {
    if (stored(values[field]) !== stored(before[field])) changes[field] = stored(values[field]);
  }
  if (changes.addressLine1 === null) changes.addressLine1 = "";
  for (const flag of managementFlags) {
    const checked = values.flags.includes(flag);
    if (checked !== before.flags.includes(flag)) changes[flag] = checked;
  }
  return changes as TPropertyChanges;
}

/** The fields the officer changed, for the conflict notice. */
export function changedFields(loaded: TAsset, values: TPropertyValues): TPropertyField[] {
  const changed = Object.keys(changesFromValues(loaded, values));
  return propertyFormFields.filter((field) =>
    field === "flags" ? managementFlags.some((flag) => changed.includes(flag)) : changed.includes(field),
  );
}

/** The latest version's values with the officer's own changes kept on top. */
export function rebaseValues(loaded: TAsset, latest: TAsset, values: TPropertyValues): TPropertyValues {
  const rebased = valuesFromAsset(latest);
  for (const field of changedFields(loaded, values)) Object.assign(rebased, { [field]: values[field] });
  return rebased;
}

export type TPropertyProblem = { field: TPropertyField | undefined; targetId: string | undefined; message: string };

function formFieldOf(path: string): TPropertyField | undefined {
  const [first = ""] = path.replace(/^data\./, "").split(".");
  if ((managementFlags as readonly string[]).includes(first)) return "flags";
  return propertyFormFields.find((field) => field === first);
}

/** The box an error summary link focuses: the field's own, or the first checkbox of the flags. */
export const targetIdFor = (field: TPropertyField): string => (field === "flags" ? "flags" : field);

/** One message per field, in page order; errors no field shows are kept for the summary alone. */
export function problemsFrom(errors: readonly TFieldError[]): TPropertyProblem[] {
  const byField = new Map<TPropertyField, string>();
  const unplaced: TPropertyProblem[] = [];
  for (const error of errors) {
    const field = formFieldOf(error.path);
    if (field === undefined) unplaced.push({ field, targetId: undefined, message: error.message });
    else if (!byField.has(field)) byField.set(field, error.message);
  }
  const placed = propertyFormFields.flatMap((field) => {
    const message = byField.get(field);
    return message === undefined ? [] : [{ field, targetId: targetIdFor(field), message }];
  });
  return [...placed, ...unplaced];
}

export function errorsByField(problems: readonly TPropertyProblem[]): Partial<Record<TPropertyField, string>> {
  return Object.fromEntries(problems.flatMap((problem) => (problem.field ? [[problem.field, problem.message]] : [])));
}

/** How a value reads in the conflict notice. */
export function displayValue(values: TPropertyValues, field: TPropertyField): string {
  if (field === "flags") {
    const labels = values.flags.map((flag) => managementFlagLabels[flag]);
    return labels.length === 0 ? "None" : labels.join(", ");
  }
  return stored(values[field]) ?? "Blank";
}

export const managementFlagLabels: Record<TManagementFlag, string> = {
  isVoid: "Void",
  isLettable: "Lettable",
  isNewBuild: "New build",
  isRightToBuy: "Right to buy",
};
