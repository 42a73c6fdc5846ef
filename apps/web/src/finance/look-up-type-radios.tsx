import { Radios } from "../components/radios.tsx";
import { type TLookUpType, lookUpTypeOptions } from "./account-lookup.ts";

/** Tenant name, address or payment reference: which of an account's details the search text is looked for in. */
export function LookUpTypeRadios({ value, onChange }: { value: TLookUpType; onChange: (value: TLookUpType) => void }) {
  return (
    <Radios
      id="lookUpType"
      name="lookUpType"
      legend="Look up by"
      inline
      small
      options={lookUpTypeOptions}
      value={value}
      onChange={onChange}
    />
  );
}
