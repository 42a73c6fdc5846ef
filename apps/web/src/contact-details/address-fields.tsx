import { ZUkPostcode } from "@housing/schemas/contact-details";
import { type KeyboardEvent, useState } from "react";
import { Radios } from "../components/radios.tsx";
import { Select } from "../components/select.tsx";
import { TextInput } from "../components/text-input.tsx";
import { trpc } from "../trpc.ts";
import { type TContactFormErrors, type TContactFormValues, contactFieldId } from "./contact-detail-form.ts";

type TAddressFieldsProps = {
  values: TContactFormValues;
  errors: TContactFormErrors;
  onChange: (changes: Partial<TContactFormValues>) => void;
};

type TFoundAddress = {
  uprn: string | null;
  assetId: string;
  addressLine1: string;
  addressLine2: string | null;
  addressLine3: string | null;
  addressLine4: string | null;
  postCode: string;
  singleLineAddress: string;
};

type TLookup =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "failed"; message: string }
  | { state: "found"; postcode: string; addresses: TFoundAddress[] };

const noAddressLines = {
  uprn: "",
  addressLine1: "",
  addressLine2: "",
  addressLine3: "",
  addressLine4: "",
  postCode: "",
} satisfies Partial<TContactFormValues>;

function linesOf(address: TFoundAddress): Partial<TContactFormValues> {
  return {
    uprn: address.uprn ?? "",
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2 ?? "",
    addressLine3: address.addressLine3 ?? "",
    addressLine4: address.addressLine4 ?? "",
    postCode: address.postCode,
  };
}

function ManualAddress({ values, errors, onChange }: TAddressFieldsProps) {
  const line = (field: "addressLine1" | "addressLine2" | "addressLine3" | "addressLine4", label: string) => (
    <TextInput
      id={contactFieldId(field)}
      name={field}
      label={label}
      autoComplete="off"
      value={values[field]}
      onChange={(event) => onChange({ [field]: event.target.value, uprn: "" })}
      error={errors[field]}
    />
  );
  return (
    <>
      {line("addressLine1", "Address line 1")}
      {line("addressLine2", "Address line 2 (optional)")}
      {line("addressLine3", "Town or city (optional)")}
      {line("addressLine4", "County (optional)")}
      <TextInput
        id={contactFieldId("postCode")}
        name="postCode"
        label="Postcode"
        autoComplete="off"
        widthClassName="govuk-input--width-10"
        value={values.postCode}
        onChange={(event) => onChange({ postCode: event.target.value, uprn: "" })}
        error={errors.postCode}
      />
    </>
  );
}

/**
 * A UK address found by postcode in the council's property register (which also gives its UPRN),
 * or typed in; or an address abroad, as one line and its country.
 */
export function AddressFields({ values, errors, onChange }: TAddressFieldsProps) {
  const utils = trpc.useUtils();
  const [lookup, setLookup] = useState<TLookup>({ state: "idle" });
  const [pickedAssetId, setPickedAssetId] = useState("");

  async function findAddresses() {
    const postcode = ZUkPostcode.safeParse(values.lookupPostcode);
    if (!postcode.success) {
      setLookup({ state: "failed", message: postcode.error.issues[0]?.message ?? "Enter a real UK postcode" });
      return;
    }
    setLookup({ state: "searching" });
    try {
      const { results } = await utils.contactDetails.lookUpAddresses.fetch({ postcode: postcode.data });
      setLookup({ state: "found", postcode: postcode.data, addresses: results });
      setPickedAssetId("");
      onChange(noAddressLines);
    } catch {
      setLookup({ state: "failed", message: "Sorry, the address lookup is not working. Enter the address manually" });
    }
  }

  function findOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter in the postcode box finds addresses; it must not submit the whole form.
    if (event.key !== "Enter") return;
    event.preventDefault();
    void findAddresses();
  }

  // A picked address comes along to be corrected; its UPRN goes as soon as a line is changed.
  function enterManually() {
    onChange({ addressEntry: "manual" });
  }

  function lookUpInstead() {
    setLookup({ state: "idle" });
    setPickedAssetId("");
    onChange({ addressEntry: "lookup", ...noAddressLines });
  }

  const lookupId = contactFieldId("lookupPostcode");
  const manualButton = (
    <button type="button" className="app-link-button govuk-body" onClick={enterManually}>
      Enter the address manually
    </button>
  );

  let ukFields;
  if (values.addressEntry === "manual") {
    ukFields = (
      <>
        <ManualAddress values={values} errors={errors} onChange={onChange} />
        <p className="govuk-body">
          <button type="button" className="app-link-button" onClick={lookUpInstead}>
            Find the address by postcode instead
          </button>
        </p>
      </>
    );
  } else if (lookup.state === "found") {
    const picked = lookup.addresses.find((address) => address.assetId === pickedAssetId);
    ukFields = (
      <>
        <p className="govuk-body">
          Postcode <strong>{lookup.postcode}</strong>{" "}
          <button type="button" className="app-link-button" onClick={lookUpInstead}>
            Change<span className="govuk-visually-hidden"> postcode</span>
          </button>
        </p>
        {lookup.addresses.length === 0 ? (
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
              {
                value: "",
                label: `${lookup.addresses.length} ${lookup.addresses.length === 1 ? "address" : "addresses"} found`,
              },
              ...lookup.addresses.map((address) => ({ value: address.assetId, label: address.singleLineAddress })),
            ]}
            onChange={(event) => {
              const address = lookup.addresses.find((candidate) => candidate.assetId === event.target.value);
              setPickedAssetId(address?.assetId ?? "");
              onChange(address === undefined ? noAddressLines : linesOf(address));
            }}
            error={errors.lookupPostcode}
          />
        )}
        {picked?.uprn ? (
          <p className="govuk-body-s app-secondary-text">Unique property reference number (UPRN): {picked.uprn}</p>
        ) : null}
        <p className="govuk-body">{manualButton}</p>
      </>
    );
  } else {
    ukFields = (
      <>
        <TextInput
          id={lookupId}
          name="lookupPostcode"
          label="Postcode"
          hint="We will look up the addresses the council knows at this postcode"
          autoComplete="off"
          widthClassName="govuk-input--width-10"
          value={values.lookupPostcode}
          onChange={(event) => {
            if (lookup.state === "failed") setLookup({ state: "idle" });
            onChange({ lookupPostcode: event.target.value });
          }}
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
        <p className="govuk-body">{manualButton}</p>
      </>
    );
  }

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
        ukFields
      ) : (
        <>
          <TextInput
            id={contactFieldId("overseasAddress")}
            name="overseasAddress"
            label="Address"
            hint="On one line, with commas between the parts, for example 12 Rue de la Paix, 75002 Paris"
            autoComplete="off"
            value={values.overseasAddress}
            onChange={(event) => onChange({ overseasAddress: event.target.value })}
            error={errors.overseasAddress}
          />
          <TextInput
            id={contactFieldId("country")}
            name="country"
            label="Country"
            autoComplete="off"
            widthClassName="govuk-!-width-one-half"
            value={values.country}
            onChange={(event) => onChange({ country: event.target.value })}
            error={errors.country}
          />
        </>
      )}
    </>
  );
}
