import { type TActor, ZActor } from "@housing/schemas/auth";
import { useSyncExternalStore } from "react";
import { z } from "zod";

const storageKey = "housing-platform.session";

const ZSession = z.object({
  token: z.string().min(1),
  expiresAt: z.iso.datetime(),
  user: ZActor,
});
export type TSession = z.infer<typeof ZSession>;

/** Why the last session ended: the sign-in page words its message from this. */
export type TSessionEndReason = "signed-out" | "expired";

export type TSessionState = {
  session: TSession | null;
  endReason: TSessionEndReason | null;
};

type Listener = () => void;

const listeners = new Set<Listener>();
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
let state: TSessionState = { session: loadStoredSession(), endReason: null };
scheduleExpiry(state.session);

function loadStoredSession(): TSession | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    if (raw === null) return null;
    const parsed = ZSession.safeParse(JSON.parse(raw));
    if (!parsed.success || hasExpired(parsed.data)) {
      window.sessionStorage.removeItem(storageKey);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
}

function hasExpired(session: TSession): boolean {
  return Date.parse(session.expiresAt) <= Date.now();
}

function scheduleExpiry(session: TSession | null): void {
  clearTimeout(expiryTimer);
  if (session === null) return;
  // setTimeout overflows past about 24.8 days; such a token simply expires on the server's word (401).
  const delay = Date.parse(session.expiresAt) - Date.now();
  if (delay < 2 ** 31 - 1) {
    expiryTimer = setTimeout(() => endSession("expired"), Math.max(delay, 0));
  }
}

function setState(next: TSessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Keeps the token for this browser tab only (sessionStorage), so closing the tab signs out. */
export function startSession(session: TSession): void {
  window.sessionStorage.setItem(storageKey, JSON.stringify(session));
  scheduleExpiry(session);
  setState({ session, endReason: null });
}

export function endSession(reason: TSessionEndReason): void {
  window.sessionStorage.removeItem(storageKey);
  scheduleExpiry(null);
  if (state.session === null && state.endReason === reason) return;
  setState({ session: null, endReason: reason });
}

export function getAccessToken(): string | null {
  return state.session?.token ?? null;
}

export function getSessionState(): TSessionState {
  return state;
}

export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): TSessionState {
  return useSyncExternalStore(subscribeToSession, getSessionState);
}

export function useSignedInUser(): TActor | null {
  return useSessionState().session?.user ?? null;
}
