import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import type { TStoredSession } from "./sessions.ts";

// Ofcom's drama range (07700 900000–900999): numbers that can never ring anyone.
export function dramaMobiles(count: number): string[] {
  const start = Math.floor(Math.random() * (1000 - count));
  return Array.from({ length: count }, (_, index) => `07700 900${String(start + index).padStart(3, "0")}`);
}

/** A phone number recorded through the REST API, as another council system would. */
export async function addPhone(
  request: APIRequestContext,
  session: TStoredSession,
  personId: string,
  phone: { number: string; subType: string; area: string; description?: string; recordValidUntil?: string },
): Promise<void> {
  const response = await request.post("/api/v1/contact-details", {
    headers: { authorization: `Bearer ${session.token}` },
    data: {
      targetId: personId,
      targetType: "person",
      contactInformation: {
        contactType: "phone",
        subType: phone.subType,
        value: phone.number,
        description: phone.description,
      },
      sourceServiceArea: { area: phone.area, isDefault: false },
      recordValidUntil: phone.recordValidUntil,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The person page's contact details section. */
export function contactDetails(page: Page) {
  return page.getByRole("region", { name: "Contact details", exact: true });
}
