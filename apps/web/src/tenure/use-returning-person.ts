import { useEffect, useRef } from "react";
import { useSearchParams } from "react-router";
import { fullName } from "../person/person-labels.ts";
import { trpc } from "../trpc.ts";
import { addedPersonParam, type TChosenPerson } from "./household-choice.ts";

/**
 * The person the add-person page brought back (addedPersonId in the address), handed to `onPerson`
 * once; the parameter is then taken off the address so a reload does not add them again.
 */
export function useReturningPerson(onPerson: (person: Omit<TChosenPerson, "isResponsible">) => void): void {
  const [params, setParams] = useSearchParams();
  const id = params.get(addedPersonParam);
  const { data } = trpc.person.get.useQuery({ id: id ?? "" }, { enabled: id !== null });
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (id === null || data === undefined || handled.current === id) return;
    handled.current = id;
    onPerson({ id: data.id, fullName: fullName(data), dateOfBirth: data.dateOfBirth });
    const rest = new URLSearchParams(params);
    rest.delete(addedPersonParam);
    setParams(rest, { replace: true });
  }, [id, data, onPerson, params, setParams]);
}
