import { ZUkPostcode } from "@housing/schemas/contact-details";
import { type KeyboardEvent, useState } from "react";
import { trpc } from "../trpc.ts";
import { type TContactFormValues, noAddressLines } from "./contact-detail-form.ts";

export type TFoundAddress = {
  uprn: string | null;
  assetId: string;
  addressLine1: string;
  addressLine2: string | null;
  addressLine3: string | null;
  addressLine4: string | null;
  postCode: string;
  singleLineAddress: string;
};

export type TLookup =
  | { state: "idle" }
  | { state: "searching" }
  | { state: "failed"; message: string }
  | { state: "found"; postcode: string; addresses: TFoundAddress[] };

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

/** Finding the addresses at a postcode in the council's property register, and picking one of them. */
export function useAddressLookup(lookupPostcode: string, onChange: (changes: Partial<TContactFormValues>) => void) {
  const utils = trpc.useUtils();
  const [lookup, setLookup] = useState<TLookup>({ state: "idle" });
  const [pickedAssetId, setPickedAssetId] = useState("");

  async function findAddresses() {
    const postcode = ZUkPostcode.safeParse(lookupPostcode);
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

  function changePostcode(postcode: string) {
    if (lookup.state === "failed") setLookup({ state: "idle" });
    onChange({ lookupPostcode: postcode });
  }

  function pick(address: TFoundAddress | undefined) {
    setPickedAssetId(address?.assetId ?? "");
    onChange(address === undefined ? noAddressLines : linesOf(address));
  }

  function lookUpInstead() {
    setLookup({ state: "idle" });
    setPickedAssetId("");
    onChange({ addressEntry: "lookup", ...noAddressLines });
  }

  return { lookup, pickedAssetId, findAddresses, findOnEnter, changePostcode, pick, lookUpInstead };
}
