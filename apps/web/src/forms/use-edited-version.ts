import { useState } from "react";
import { useUnsavedChangesGuard } from "./unsaved-changes.tsx";

/** After a 409: the latest version, once fetched (undefined if fetching it failed too). */
export type TEditConflict<T> = { latest: T | undefined };

type TVersionedForm<T, V, C extends object> = {
  /** Reads the record again after a conflict (and may cache it). */
  fetchLatest: (base: T) => Promise<T>;
  valuesOf: (record: T) => V;
  /** Only what the values change against the record. */
  changesOf: (record: T, values: V) => C;
  /** The latest version's values with the officer's own changes to `base` kept on top. */
  rebase: (base: T, latest: T, values: V) => V;
};

/**
 * An edit form made against a version of a record: its values, its problems, the changes to send,
 * the unsaved-changes guard and, after a conflict (someone else saved first), the latest version
 * to move the form onto with the officer's changes kept.
 */
export function useEditedVersion<T, V, C extends object, P>(loaded: T, form: TVersionedForm<T, V, C>) {
  const [base, setBase] = useState(loaded);
  const [values, setValues] = useState<V>(() => form.valuesOf(loaded));
  const [problems, setProblems] = useState<P[]>([]);
  const [conflict, setConflict] = useState<TEditConflict<T> | null>(null);
  const [isOnLatest, setIsOnLatest] = useState(false);
  const changes = form.changesOf(base, values);
  const guard = useUnsavedChangesGuard(Object.keys(changes).length > 0);

  async function showConflict() {
    setProblems([]);
    setConflict({ latest: await form.fetchLatest(base).catch(() => undefined) });
  }

  /** If the latest version could not be fetched, it is tried again. */
  function loadLatest() {
    const latest = conflict?.latest;
    if (latest === undefined) {
      void showConflict();
      return;
    }
    setValues(form.rebase(base, latest, values));
    setBase(latest);
    setConflict(null);
    setIsOnLatest(true);
  }

  return {
    base,
    values,
    setValues,
    problems,
    setProblems,
    changes,
    guard,
    conflict,
    isOnLatest,
    showConflict,
    loadLatest,
  };
}
