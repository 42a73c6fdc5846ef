import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactSubType, TContactType, TCreateContactDetailInput } from "@housing/schemas/contact-details";
import type { TFieldError } from "@housing/schemas/errors";
import { contactTypeWords } from "./contact-detail-labels.ts";

export type TAddressLocation = "uk" | "overseas";
/** A UK address is found by its postcode in the property register, or typed in. */
export type TAddressEntry = "lookup" | "manual";

/** The add form as typed: every box a string, so nothing is lost while the officer types. */
export type TContactFormValues = {
  contactType: TContactType;
  subType: TContactSubType | "";
  value: string;
  isNotUkNumber: boolean;
  description: string;
  addressLocation: TAddressLocation;
  addressEntry: TAddressEntry;
  lookupPostcode: string;
  uprn: string;
  addressLine1: string;
  addressLine2: string;
  addressLine3: string;
  addressLine4: string;
  postCode: string;
  overseasAddress: string;
  country: string;
  area: TServiceArea | "";
  isDefault: boolean;
};

/** The boxes an address is typed into, UK then overseas. */
const addressFields = [
  "addressLine1",
  "addressLine2",
  "addressLine3",
  "addressLine4",
  "postCode",
  "overseasAddress",
  "country",
] as const;

/** The form's fields in page order: error summaries list problems in this order. */
export const contactFormFields = [
  "subType",
  "addressLocation",
  "lookupPostcode",
  ...addressFields,
  "value",
  "description",
  "area",
] as const satisfies readonly (keyof TContactFormValues)[];
export type TContactFormField = (typeof contactFormFields)[number];

/** A problem for a form's error summary: its field's message and the box the summary link focuses. */
export type TFormProblem<TField extends string> = {
  field: TField | undefined;
  targetId: string | undefined;
  message: string;
};
export type TContactFormProblem = TFormProblem<TContactFormField>;
export type TContactFormErrors = Partial<Record<TContactFormField, string>>;

/** The id of a field's box (or first radio) on the person page, where other sections have forms too. */
export function contactFieldId(field: TContactFormField): string {
  return `contact-${field}`;
}

/** A UK address not yet given: no lines and no property register reference (UPRN). */
export const noAddressLines = {
  uprn: "",
  addressLine1: "",
  addressLine2: "",
  addressLine3: "",
  addressLine4: "",
  postCode: "",
} as const satisfies Partial<TContactFormValues>;

export function emptyContactFormValues(contactType: TContactType, area: TServiceArea | ""): TContactFormValues {
  return {
    contactType,
    subType: "",
    value: "",
    isNotUkNumber: false,
    description: "",
    addressLocation: "uk",
    addressEntry: "lookup",
    lookupPostcode: "",
    ...noAddressLines,
    overseasAddress: "",
    country: "",
    area,
    isDefault: false,
  };
}

function addressInput(values: TContactFormValues): TCreateContactDetailInput["contactInformation"]["addressExtended"] {
  if (values.addressLocation === "overseas") {
    return { isOverseasAddress: true, overseasAddress: values.overseasAddress, country: values.country };
  }
  // Nothing picked from the lookup yet: the schema says "Enter the address".
  if (values.addressEntry === "lookup" && values.addressLine1 === "") return undefined;
  return {
    isOverseasAddress: false,
    uprn: values.uprn === "" ? undefined : values.uprn,
    addressLine1: values.addressLine1,
    addressLine2: values.addressLine2,
    addressLine3: values.addressLine3,
    addressLine4: values.addressLine4,
    postCode: values.postCode,
  };
}

/** What the form asks the API to create; the shared schema trims, normalises and checks it. */
export function createInputFromValues(values: TContactFormValues, personId: string): TCreateContactDetailInput {
  const isAddress = values.contactType === "address";
  return {
    targetId: personId,
    targetType: "person",
    contactInformation: {
      contactType: values.contactType,
      // An unchosen sub-type goes as it is, so the schema reports it with every other problem.
      subType: values.subType as TContactSubType,
      value: isAddress ? undefined : values.value,
      description: values.description,
      addressExtended: isAddress ? addressInput(values) : undefined,
    },
    sourceServiceArea: { area: values.area as TServiceArea, isDefault: values.isDefault },
  };
}

/** What only the form can know: a number said to be outside the UK needs its country code. */
export function formOnlyErrors(values: TContactFormValues): TFieldError[] {
  const value = values.value.trim();
  if (values.contactType === "phone" && values.isNotUkNumber && value !== "" && !/^(\+|00)/.test(value)) {
    return [
      {
        path: "contactInformation.value",
        message: "Enter the number with its country code, starting with +, like +33 1 23 45 67 89",
      },
    ];
  }
  return [];
}

/** The field an API or schema path belongs to, on the form as it is now. */
export function formFieldOf(path: string, values: TContactFormValues): TContactFormField | undefined {
  const parts = path.split(".");
  const [first, second, third] = parts;
  if (first === "sourceServiceArea") return second === "isDefault" ? undefined : "area";
  if (first !== "contactInformation") return undefined;
  if (second === "subType" || second === "value" || second === "description") return second;
  if (second !== "addressExtended") return undefined;
  if (values.addressLocation === "uk" && values.addressEntry === "lookup") return "lookupPostcode";
  if (third === undefined) return values.addressLocation === "overseas" ? "overseasAddress" : "addressLine1";
  return (
    addressFields.find((field) => field === third) ??
    (values.addressLocation === "overseas" ? "overseasAddress" : "addressLine1")
  );
}

/** The schema's words replaced where the form can say more about what to do. */
function messageFor(field: TContactFormField, message: string, values: TContactFormValues): string {
  if (field === "subType" && values.subType === "") {
    return values.contactType === "address"
      ? "Select whether this is a correspondence or forwarding address"
      : `Select the type of ${contactTypeWords[values.contactType].singular}`;
  }
  if (field === "lookupPostcode" && values.addressLine1 === "") {
    return values.lookupPostcode.trim() === ""
      ? "Enter a postcode and find the address, or enter the address manually"
      : "Select the address from the list, or enter the address manually";
  }
  if (field === "area" && values.area === "") return "Select which service area is recording this";
  return message;
}

type TFieldPlacement<TField extends string> = {
  /** The form's fields in page order. */
  fields: readonly TField[];
  fieldOf: (path: string) => TField | undefined;
  /** The schema's words, or better ones for what the form knows. */
  messageFor: (field: TField, message: string) => string;
  targetIdFor: (field: TField) => string;
};

/**
 * One message per field (the first given), in page order; errors no field shows are kept for the
 * summary alone.
 */
export function problemsInPageOrder<TField extends string>(
  errors: readonly TFieldError[],
  { fields, fieldOf, messageFor, targetIdFor }: TFieldPlacement<TField>,
): TFormProblem<TField>[] {
  const byField = new Map<TField, string>();
  const unplaced: TFormProblem<TField>[] = [];
  for (const error of errors) {
    const field = fieldOf(error.path);
    if (field === undefined) unplaced.push({ field: undefined, targetId: undefined, message: error.message });
    else if (!byField.has(field)) byField.set(field, messageFor(field, error.message));
  }
  const placed = fields.flatMap((field) => {
    const message = byField.get(field);
    return message === undefined ? [] : [{ field, targetId: targetIdFor(field), message }];
  });
  return [...placed, ...unplaced];
}

export function problemsFrom(errors: readonly TFieldError[], values: TContactFormValues): TContactFormProblem[] {
  return problemsInPageOrder(errors, {
    fields: contactFormFields,
    fieldOf: (path) => formFieldOf(path, values),
    messageFor: (field, message) => messageFor(field, message, values),
    targetIdFor: contactFieldId,
  });
}

export function errorsByField<TField extends string>(
  problems: readonly TFormProblem<TField>[],
): Partial<Record<TField, string>> {
  const errors: Partial<Record<TField, string>> = {};
  for (const { field, message } of problems) {
    if (field !== undefined) errors[field] = message;
  }
  return errors;
}
