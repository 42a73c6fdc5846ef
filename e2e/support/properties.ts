import type { APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { expect } from "./fixtures.ts";
import { createPerson, randomDateOfBirth, randomLetters, uniqueSurname } from "./persons.ts";
import { type TStoredSession, loadSession } from "./sessions.ts";

// Records a test needs are made through the REST API by the integration service, as the council's
// other systems make them: no test relies on what the demo data happens to hold. Their names carry
// random letters and their postcodes (when a test asks for one) are made up, so a search for them
// finds them and nothing of the demo data's or of another test's.

// A fixed day long past: current tenures, charges and payments from it hold on any day the product's
// clock is on (DEMO_AS_OF), and nothing here depends on today's date.
const since = "2021-04-05";

const ZCreated = z.object({ id: z.string() });

async function send(
  request: APIRequestContext,
  session: TStoredSession,
  method: "post" | "put",
  url: string,
  data: object,
): Promise<{ id: string }> {
  const response = await request[method](url, { headers: { authorization: `Bearer ${session.token}` }, data });
  expect([200, 201], `${method.toUpperCase()} ${url}: ${await response.text()}`).toContain(response.status());
  return ZCreated.parse(await response.json());
}

function integrationService(): Promise<TStoredSession> {
  return loadSession("integration-service");
}

/** Creates `count` items, a few requests at a time, in order. */
async function inTurns<T>(count: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let start = 0; start < count; start += 10) {
    const indexes = Array.from({ length: Math.min(10, count - start) }, (_, offset) => start + offset);
    made.push(...(await Promise.all(indexes.map(make))));
  }
  return made;
}

/**
 * A postcode of the right shape that no real or demo property has, "QW07 4ZX": no real postcode
 * starts with Q, and written without its space it is at least three typos from every demo postcode
 * (E5, E8, N16… and a few districts outside London; hence the 0 and no E, L, M, N, R or U second),
 * so the search's typo tolerance never finds those; five random characters keep it from another's.
 */
export function uniquePostcode(): string {
  const pick = (characters: string) => characters.charAt(Math.floor(Math.random() * characters.length));
  const digit = () => pick("0123456789");
  return `Q${pick("ABDGHJKPSTWXYZ")}0${digit()} ${digit()}${randomLetters(2).toUpperCase()}`;
}

/**
 * `address` is the one-line address the staff app shows: "Flat 1, Quillxyzabc House, Mare Street"
 * (with the postcode after it, if the estate has one); `reference` is the property reference.
 */
export type TTestHome = { id: string; reference: string; address: string };
export type TTestBlock = { id: string; reference: string; name: string; homes: TTestHome[] };
export type TTestEstate = { id: string; reference: string; name: string; stem: string; blocks: TTestBlock[] };

/**
 * A new estate of its own name ("Quillxyzabc Estate", `stem` its first word) with a block for each
 * number given, holding that many flats ("Flat 1, Quillxyzabc House"), all on Mare Street and, if
 * `postCode` is given, at that postcode.
 */
export async function createEstate(
  request: APIRequestContext,
  homesPerBlock: number[],
  options: { postCode?: string; stem?: string; reference?: string } = {},
): Promise<TTestEstate> {
  const session = await integrationService();
  const stem = options.stem ?? uniqueSurname("Quill").replace(/^./, (first) => first.toUpperCase());
  const reference = options.reference ?? `E2E${randomLetters(6).toUpperCase()}`;
  const name = `${stem} Estate`;
  const { postCode } = options;
  const street = { addressLine2: "Mare Street", ...(postCode === undefined ? {} : { postCode }) };
  const estate = await send(request, session, "post", "/api/v1/assets", {
    assetType: "Estate",
    propertyReference: reference,
    name,
    addressLine1: name,
    ...street,
    isLettable: false,
  });
  // In alphabetical order, so the blocks list in the order they were made.
  const suffixes = ["Court", "House", "Lodge", "Point", "Tower"];
  const blocks: TTestBlock[] = [];
  for (const [index, homes] of homesPerBlock.entries()) {
    const blockName = `${stem} ${suffixes[index % suffixes.length] ?? "House"}${index >= suffixes.length ? ` ${index}` : ""}`;
    const blockReference = `${reference}B${index}`;
    const block = await send(request, session, "post", "/api/v1/assets", {
      assetType: "Block",
      propertyReference: blockReference,
      name: blockName,
      parentId: estate.id,
      addressLine1: blockName,
      ...street,
      isLettable: false,
    });
    const flats = await inTurns(homes, async (flat) => {
      const addressLine1 = `Flat ${flat + 1}, ${blockName}`;
      const homeReference = `${blockReference}F${flat + 1}`;
      const home = await send(request, session, "post", "/api/v1/assets", {
        assetType: "Dwelling",
        propertyReference: homeReference,
        parentId: block.id,
        addressLine1,
        ...street,
        bedrooms: 2,
      });
      const address = [addressLine1, street.addressLine2, postCode].filter(Boolean).join(", ");
      return { id: home.id, reference: homeReference, address };
    });
    blocks.push({ id: block.id, reference: blockReference, name: blockName, homes: flats });
  }
  return { id: estate.id, reference, name, stem, blocks };
}

export type TTestTenure = { id: string; paymentReference: string; holder: { id: string; surname: string } };

/** Lets the home on a secure tenancy to a new tenant, its named tenure holder. */
export async function letHome(
  request: APIRequestContext,
  homeId: string,
  fixed: { holder?: { firstName: string; surname: string; dateOfBirth: string }; paymentReference?: string } = {},
): Promise<TTestTenure> {
  const session = await integrationService();
  const holder = fixed.holder ?? {
    firstName: "Morwenna",
    surname: uniqueSurname("Tregar"),
    dateOfBirth: randomDateOfBirth().iso,
  };
  const person = await createPerson(request, session, holder);
  // 11 digits: never one of the demo data's 10-digit references.
  const paymentReference =
    fixed.paymentReference ?? `9${Array.from({ length: 10 }, () => Math.floor(Math.random() * 10)).join("")}`;
  const tenure = await send(request, session, "post", "/api/v1/tenures", {
    paymentReference,
    tenureTypeCode: "SEC",
    assetId: homeId,
    startOfTenureDate: since,
  });
  await send(request, session, "put", `/api/v1/tenures/${tenure.id}/household-members/${person.id}`, {
    isResponsible: true,
  });
  return { id: tenure.id, paymentReference, holder: { id: person.id, surname: holder.surname } };
}

/**
 * Opens the tenure's rent account with a weekly rent and a service charge, and a year's rent
 * charged against what was paid: the account is `arrears` pounds in arrears.
 */
export async function openRentAccount(
  request: APIRequestContext,
  tenureId: string,
  account: { weeklyRent: number; weeklyServiceCharge: number; arrears: number },
): Promise<{ id: string }> {
  const session = await integrationService();
  const created = await send(request, session, "post", "/api/v1/rent-accounts", { tenureId });
  const charge = (chargeType: string, chargeCode: string, description: string, weeklyAmount: number) =>
    send(request, session, "post", `/api/v1/rent-accounts/${created.id}/charges`, {
      chargeType,
      chargeCode,
      description,
      weeklyAmount,
      startDate: since,
    });
  await charge("DwellingRent", "DWR", "Rent", account.weeklyRent);
  await charge("ServiceCharge", "DCB", "Block cleaning", account.weeklyServiceCharge);
  const yearOfCharges = Math.round((account.weeklyRent + account.weeklyServiceCharge) * 52 * 100) / 100;
  const record = (transactionType: string, transactionSource: string, transactionAmount: number) =>
    send(request, session, "post", "/api/v1/transactions", {
      rentAccountId: created.id,
      transactionType,
      transactionSource,
      transactionDate: since,
      transactionAmount,
    });
  await record("Charge", "DEBIT", -yearOfCharges);
  await record("Payment", "BACS", Math.round((yearOfCharges - account.arrears) * 100) / 100);
  return created;
}

/** A bank payment whose reference matched no account, as the bank file sends it: it lands in suspense. */
export async function recordSuspensePayment(
  request: APIRequestContext,
  payment: { paymentReference: string; amount: number; senderName: string },
): Promise<{ id: string }> {
  const session = await integrationService();
  return send(request, session, "post", "/api/v1/transactions", {
    isSuspense: true,
    transactionType: "Payment",
    transactionSource: "BACS",
    transactionDate: since,
    transactionAmount: payment.amount,
    paymentReference: payment.paymentReference,
    senderName: payment.senderName,
    bankAccountNumber: "41700936",
    sortCode: "20-00-00",
  });
}
