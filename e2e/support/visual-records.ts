import type { APIRequestContext } from "@playwright/test";
import { ZPersonPage } from "@housing/schemas/person";
import { addPhone } from "./contact-details.ts";
import { expect } from "./fixtures.ts";
import { createEstate, letHome, openRentAccount, recordSuspensePayment } from "./properties.ts";
import { loadSession } from "./sessions.ts";

/** The same names, references and amounts in every run, so the pages look the same in every run. */
const holder = { firstName: "Zephyrine", surname: "Quillfeather", dateOfBirth: "1984-03-17" };
export const visualPaymentReference = "QUILLFEATHER VISUAL RENT";

export type TVisualRecords = { personId: string; tenureId: string };

/**
 * A tenant of a home on an estate of fixed names, with a phone number, a rent account and a payment
 * of theirs in suspense. Made once per database: a retried test finds them and makes no second set,
 * so lists show the same records every time.
 */
export async function visualRecords(request: APIRequestContext): Promise<TVisualRecords> {
  const session = await loadSession("integration-service");
  const found = await request.get("/api/v1/persons", {
    params: { firstName: holder.firstName, lastName: holder.surname },
    headers: { authorization: `Bearer ${session.token}` },
  });
  expect(found.status(), await found.text()).toBe(200);
  const [existing] = ZPersonPage.parse(await found.json()).results;
  if (existing !== undefined) {
    const person = await request.get(`/api/v1/persons/${existing.id}`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const { tenures } = (await person.json()) as { tenures: { id: string }[] };
    return { personId: existing.id, tenureId: tenures[0]?.id ?? "" };
  }
  const estate = await createEstate(request, [2], { stem: "Quillfeather", reference: "VISUALQF" });
  const tenure = await letHome(request, estate.blocks[0]?.homes[1]?.id ?? "", {
    holder,
    paymentReference: "98765432100",
  });
  await addPhone(request, session, tenure.holder.id, {
    number: "07700 900555",
    subType: "mainNumber",
    area: "housing",
  });
  await openRentAccount(request, tenure.id, { weeklyRent: 121.5, weeklyServiceCharge: 6.25, arrears: 310.4 });
  await recordSuspensePayment(request, {
    paymentReference: visualPaymentReference,
    amount: 127.75,
    senderName: "MS Z QUILLFEATHER",
  });
  return { personId: tenure.holder.id, tenureId: tenure.id };
}
