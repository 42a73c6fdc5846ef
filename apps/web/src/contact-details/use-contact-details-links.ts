import { type TContactType, contactTypes } from "@housing/schemas/contact-vocabulary";
import { useLocation, useSearchParams } from "react-router";

// They live in the address, so a reload or a shared link keeps them: ?addContact=phone,
// ?shareContact=<id>, ?contactHistory=shown.
export const addParam = "addContact";
export const shareParam = "shareContact";
export const historyParam = "contactHistory";

export type THrefWith = (changes: Record<string, string | null>) => string;

function contactTypeFrom(value: string | null): TContactType | undefined {
  return contactTypes.find((type) => type === value);
}

/** Which contact details form or list the address asks for, and links that change only that. */
export function useContactDetailsLinks() {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();

  const hrefWith: THrefWith = (changes) => {
    const next = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    return query === "" ? pathname : `${pathname}?${query}`;
  };

  return {
    showHistoric: searchParams.get(historyParam) === "shown",
    addType: contactTypeFrom(searchParams.get(addParam)),
    shareId: searchParams.get(shareParam),
    hrefWith,
  };
}
