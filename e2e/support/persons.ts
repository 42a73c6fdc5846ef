import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures.ts";
import type { TStoredSession } from "./sessions.ts";

// Letters only, so every run's people have their own names and reruns never meet earlier ones.
export function randomLetters(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

export function uniqueSurname(stem: string): string {
  return `${stem}${randomLetters(6)}`;
}

export function randomDateOfBirth(): { day: string; month: string; year: string; iso: string } {
  const year = 1950 + Math.floor(Math.random() * 50);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { day: String(day), month: String(month), year: String(year), iso };
}

/** A tenant created through the REST API, as another council system would. */
export async function createPerson(
  request: APIRequestContext,
  session: TStoredSession,
  person: { title?: string; firstName: string; surname: string; dateOfBirth: string },
): Promise<{ id: string }> {
  const response = await request.post("/api/v1/persons", {
    headers: { authorization: `Bearer ${session.token}` },
    data: { title: "Ms", personTypes: ["Tenant"], reason: "Added by an end-to-end test", ...person },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}
