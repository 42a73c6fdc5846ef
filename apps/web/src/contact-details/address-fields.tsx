import { Radios } from "../components/radios.tsx";
import { Select } from "../components/select.tsx";
import { TextInput } from "../components/text-input.tsx";
import { type TContactFormErrors, type TContactFormValues, contactFieldId } from "./contact-detail-form.ts";
import { ContactTextField } from "./contact-text-field.tsx";
import { type TFoundAddress, type TLookup, useAddressLookup } from "./use-address-lookup.ts";

type TAddressFieldsProps = {
  values: TContactFormValues;
  errors: TContactFormErrors;
  onChange: (changes: Partial<TContactFormValues>) => void;
};

const manualLines = [
  { field: "addressLine1", label: "Address line 1" },
  { field: "addressLine2", label: "Address line 2 (optional)" },
  { field: "addressLine3", label: "Town or city (optional)" },
  { field: "addressLine4", label: "County (optional)" },
  { field: "postCode", label: "Postcode", widthClassName: "govuk-input--width-10" },
] as const;

function ManualAddress(props: TAddressFieldsProps) {
  return (
    <>
      {manualLines.map((line) => (
        <ContactTextField key={line.field} {...props} {...line} clearsUprn />
      ))}
    </>
  );
}

function OverseasAddress(props: TAddressFieldsProps) {
  return (
    <>
      <ContactTextField
        {...props}
        field="overseasAddress"
        label="Address"
        hint="On one line, with commas between the parts, for example 12 Rue de la Paix, 75002 Paris"
      />
      <ContactTextField {...props} field="country" label="Country" widthClassName="govuk-!-width-one-half" />
    </>
  );
}

function ManualAddressButton({ onChange }: Pick<TAddressFieldsProps, "onChange">) {
  // A picked address comes along to be corrected; its UPRN goes as soon as a line is changed.
  return (
    <p className="govuk-body">
      <button type="button" className="app-link-button govuk-body" onClick={() => onChange({ addressEntry: "manual" })}>
        Enter the address manually
      </button>
    </p>
  );
}

type TFoundAddressesProps = {
  lookup: Extract<TLookup, { state: "found" }>;
  pickedAssetId: string;
  error: string | undefined;
  onPick: (address: TFoundAddress | undefined) => void;
  onChangePostcode: () => void;
};

/** The postcode looked up, and a drop-down of the addresses the register has there. */
function FoundAddresses({ lookup, pickedAssetId, error, onPick, onChangePostcode }: TFoundAddressesProps) {
  const lookupId = contactFieldId("lookupPostcode");
  const picked = lookup.addresses.find((address) => address.assetId === pickedAssetId);
  const count = lookup.addresses.length;
  return (
    <>
      <p className="govuk-body">
        Postcode <strong>{lookup.postcode}</strong>{" "}
        <button type="button" className="app-link-button" onClick={onChangePostcode}>
          Change<span className="govuk-visually-hidden"> postcode</span>
        </button>
      </p>
      {count === 0 ? (
        <p className="govuk-body" id={lookupId} tabIndex={-1}>
          No addresses were found for {lookup.postcode} in the council&apos;s property register.
        </p>
      ) : (
        <Select
          id={lookupId}
          name="addressPick"
          label="Select an address"
          value={picked?.assetId ?? ""}
          options={[
            { value: "", label: `${count} ${count === 1 ? "address" : "addresses"} found` },
            ...lookup.addresses.map((address) => ({ value: address.assetId, label: address.singleLineAddress })),
          ]}
          onChange={(event) => onPick(lookup.addresses.find((candidate) => candidate.assetId === event.target.value))}
          error={error}
        />
      )}
      {picked?.uprn ? (
        <p className="govuk-body-s app-secondary-text">Unique property reference number (UPRN): {picked.uprn}</p>
      ) : null}
    </>
  );
}

/** A UK address: found by postcode in the property register, or typed in. */
function UkAddress({
  values,
  errors,
  onChange,
  addressLookup,
}: TAddressFieldsProps & { addressLookup: ReturnType<typeof useAddressLookup> }) {
  const { lookup, pickedAssetId, findAddresses, findOnEnter, changePostcode, pick, lookUpInstead } = addressLookup;

  if (values.addressEntry === "manual") {
    return (
      <>
        <ManualAddress values={values} errors={errors} onChange={onChange} />
        <p className="govuk-body">
          <button type="button" className="app-link-button" onClick={lookUpInstead}>
            Find the address by postcode instead
          </button>
        </p>
      </>
    );
  }
  if (lookup.state === "found") {
    return (
      <>
        <FoundAddresses
          lookup={lookup}
          pickedAssetId={pickedAssetId}
          error={errors.lookupPostcode}
          onPick={pick}
          onChangePostcode={lookUpInstead}
        />
        <ManualAddressButton onChange={onChange} />
      </>
    );
  }
  return (
    <>
      <TextInput
        id={contactFieldId("lookupPostcode")}
        name="lookupPostcode"
        label="Postcode"
        hint="We will look up the addresses the council knows at this postcode"
        autoComplete="off"
        widthClassName="govuk-input--width-10"
        value={values.lookupPostcode}
        onChange={(event) => changePostcode(event.target.value)}
        onKeyDown={findOnEnter}
        error={lookup.state === "failed" ? lookup.message : errors.lookupPostcode}
      />
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => void findAddresses()}
        disabled={lookup.state === "searching"}
      >
        {lookup.state === "searching" ? "Finding addresses…" : "Find address"}
      </button>
      <ManualAddressButton onChange={onChange} />
    </>
  );
}

/**
 * A UK address found by postcode in the council's property register (which also gives its UPRN),
 * or typed in; or an address abroad, as one line and its country.
 */
export function AddressFields(props: TAddressFieldsProps) {
  const { values, onChange } = props;
  // Kept here, not in UkAddress, so the addresses found stay while "Outside the UK" is tried.
  const addressLookup = useAddressLookup(values.lookupPostcode, onChange);
  return (
    <>
      <Radios
        id={contactFieldId("addressLocation")}
        name="addressLocation"
        legend="Where is the address?"
        options={[
          { value: "uk", label: "In the UK" },
          { value: "overseas", label: "Outside the UK" },
        ]}
        value={values.addressLocation}
        onChange={(addressLocation) => onChange({ addressLocation })}
        small
      />
      {values.addressLocation === "uk" ? (
        <UkAddress {...props} addressLookup={addressLookup} />
      ) : (
        <OverseasAddress {...props} />
      )}
    </>
  );
}
