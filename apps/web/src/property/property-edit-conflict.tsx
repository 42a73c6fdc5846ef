import type { TAsset } from "@housing/schemas/tenure";
import { EditConflictNotice } from "../components/edit-conflict-notice.tsx";
import {
  type TPropertyValues,
  changedFields,
  displayValue,
  propertyFieldLabels,
  propertyFormFields,
  valuesFromAsset,
} from "./property-form.ts";

type PropertyEditConflictProps = {
  /** The version the officer started editing. */
  loaded: TAsset;
  /** The version saved meanwhile; undefined when it could not be fetched. */
  latest: TAsset | undefined;
  values: TPropertyValues;
  onLoadLatest: () => void;
};

/** Someone else saved this property while the officer was editing: what differs, and the way on. */
export function PropertyEditConflict({ loaded, latest, values, onLoadLatest }: PropertyEditConflictProps) {
  const now = latest === undefined ? undefined : valuesFromAsset(latest);
  const rows =
    latest === undefined || now === undefined
      ? undefined
      : propertyFormFields
          .filter(
            (field) => changedFields(loaded, values).includes(field) || changedFields(loaded, now).includes(field),
          )
          .map((field) => ({
            label: propertyFieldLabels[field],
            savedNow: displayValue(now, field),
            entered: displayValue(values, field),
          }));
  const savedNewer = `A newer version of this property (version ${latest?.version ?? loaded.version + 1}) has been saved.`;
  return <EditConflictNotice savedNewer={savedNewer} rows={rows} onLoadLatest={onLoadLatest} />;
}
