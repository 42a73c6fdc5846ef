import { type RefObject, useEffect, useRef } from "react";

/**
 * Moves focus to the element when `key` changes after the first render: a new search or page puts
 * screen reader users at the results, as a page load would; what `key` leaves out (a sort, a page
 * size) keeps focus on the control just used.
 */
export function useFocusWhenChanged(key: string, ref: RefObject<HTMLElement | null>): void {
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    const previousKey = shownKey.current;
    shownKey.current = key;
    if (previousKey !== null && previousKey !== key) ref.current?.focus();
  }, [key, ref]);
}
