import {
  blockNameStems,
  blockSuffixes,
  boroughPostcode,
  districtOf,
  estateNames,
  fakeFirstNames,
  fakeSurnames,
  numberedReference,
  streets,
} from "@housing/db/fake-data";
import { createIdGenerator, createRandom, type Random } from "@housing/db/random";
import type { TImportRecordType } from "./import-row.schemas.ts";

/** A row as a council's file would hold it: its record type and the write's input fields. */
export type ImportFileRow = { type: TImportRecordType } & Record<string, unknown>;

/** Where the generator is: its draws, its rows so far, and the estate and block it is filling. */
type ImportFileState = {
  random: Random;
  uuid: () => string;
  /** A reference of the file's own, e.g. "IM1D000042" for the 42nd home's dwelling (seed 1). */
  reference: (kind: string, home: number) => string;
  rows: ImportFileRow[];
  estateId: string;
  block: { id: string; name: string; street: string; postCode: string };
};

/**
 * Fictional estates, blocks and flats with their households, tenures, rent accounts, weekly
 * charges and a few weeks of charges and payments, in an order where every row refers only to
 * rows above it; cut to exactly `rows` rows. Tenure types SEC and LEA must exist in the database.
 */
export function generateImportRows(options: { rows: number; seed: number }): ImportFileRow[] {
  const rows: ImportFileRow[] = [];
  for (const row of importFileRows(options)) rows.push(row);
  return rows;
}

/** The same rows one at a time, for files larger than memory. */
export function* importFileRows(options: { rows: number; seed: number }): Generator<ImportFileRow> {
  const state: ImportFileState = {
    random: createRandom(options.seed),
    uuid: createIdGenerator(options.seed),
    // IM and the seed keep an import's references apart from the demo's and from other seeds' files.
    reference: (kind, n) => numberedReference(`IM${options.seed}${kind}`, n, 6),
    rows: [],
    estateId: "",
    block: { id: "", name: "", street: "", postCode: "" },
  };
  let left = options.rows;
  for (let home = 0; left > 0; home += 1) {
    if (home % 200 === 0) addEstate(state, home);
    if (home % 20 === 0) addBlock(state, home);
    addHome(state, home);
    const homeRows = state.rows.splice(0).slice(0, left);
    left -= homeRows.length;
    yield* homeRows;
  }
}

/** An estate of 200 homes (ten blocks of twenty flats). */
function addEstate(state: ImportFileState, home: number): void {
  state.estateId = state.uuid();
  const name = `${state.random.pick(estateNames)} Estate`;
  state.rows.push({
    type: "asset",
    id: state.estateId,
    assetType: "Estate",
    propertyReference: state.reference("E", home),
    name,
    addressLine1: name,
  });
}

function addBlock(state: ImportFileState, home: number): void {
  const { random } = state;
  const id = state.uuid();
  const onStreet = random.pick(streets);
  const street = onStreet.name;
  const postCode = boroughPostcode(random, districtOf(onStreet));
  const name = `${random.pick(blockNameStems)} ${random.pick(blockSuffixes)}`;
  state.block = { id, name, street, postCode };
  state.rows.push({
    type: "asset",
    id,
    assetType: "Block",
    propertyReference: state.reference("B", home),
    name,
    parentId: state.estateId,
    addressLine1: name,
    addressLine2: street,
    postCode,
  });
}

/** A flat in the current block, let on a secure tenancy or a lease to a household with a rent account. */
function addHome(state: ImportFileState, home: number): void {
  const { random, block } = state;
  const dwellingId = state.uuid();
  state.rows.push({
    type: "asset",
    id: dwellingId,
    assetType: "Dwelling",
    propertyReference: state.reference("D", home),
    parentId: block.id,
    addressLine1: `Flat ${(home % 20) + 1}, ${block.name}`,
    addressLine2: block.street,
    postCode: block.postCode,
    bedrooms: random.int(1, 3),
  });
  const leasehold = random.chance(0.15);
  const tenureId = state.uuid();
  const memberIds = Array.from({ length: random.int(1, 3) }, () => state.uuid());
  addHousehold(state, memberIds, leasehold);
  const paymentReference = state.reference("T", home);
  state.rows.push({
    type: "tenure",
    id: tenureId,
    paymentReference,
    tenureTypeCode: leasehold ? "LEA" : "SEC",
    assetId: dwellingId,
    startOfTenureDate: `${random.int(2010, 2023)}-04-0${random.int(1, 9)}`,
  });
  memberIds.forEach((personId, index) =>
    state.rows.push({ type: "householdMember", tenureId, personId, isResponsible: index === 0 }),
  );
  addRentAccount(state, tenureId, paymentReference);
}

/** The household's persons, sharing a surname; the first holds the tenure. */
function addHousehold(state: ImportFileState, memberIds: readonly string[], leasehold: boolean): void {
  const { int, pick } = state.random;
  const surname = pick(fakeSurnames);
  memberIds.forEach((id, index) =>
    state.rows.push({
      type: "person",
      id,
      title: index === 0 ? "Ms" : "Mx",
      firstName: pick(fakeFirstNames),
      surname,
      dateOfBirth: `${int(1950, 1999)}-0${int(1, 9)}-1${int(0, 9)}`,
      personTypes: [index === 0 ? (leasehold ? "Leaseholder" : "Tenant") : "HouseholdMember"],
      reason: "Loaded from the council's housing register",
    }),
  );
}

/** A rent account with weekly rent and service charge, and three weeks of charges and payments. */
function addRentAccount(state: ImportFileState, tenureId: string, paymentReference: string): void {
  const { random, rows } = state;
  const rentAccountId = state.uuid();
  rows.push({ type: "rentAccount", id: rentAccountId, tenureId });
  const rent = random.int(9000, 14999) / 100;
  const serviceCharge = random.int(500, 2499) / 100;
  const weeklyCharge = (chargeType: string, chargeCode: string, description: string, weeklyAmount: number) =>
    rows.push({
      type: "charge",
      rentAccountId,
      charge: { chargeType, chargeCode, description, weeklyAmount, startDate: "2025-04-07" },
    });
  weeklyCharge("DwellingRent", "DWR", "Rent", rent);
  weeklyCharge("ServiceCharge", "DSC", "Cleaning and lighting", serviceCharge);
  for (let week = 0; week < 3; week += 1) {
    const transactionDate = `2025-04-${String(7 + week * 7).padStart(2, "0")}`;
    const owed = Math.round((rent + serviceCharge) * 100) / 100;
    const paid = random.chance(0.8) ? owed : Math.round(owed * 50) / 100; // some households fall behind
    rows.push({
      type: "transaction",
      rentAccountId,
      transactionType: "Charge",
      transactionSource: "RENT-RUN",
      transactionDate,
      transactionAmount: -owed,
    });
    rows.push({
      type: "transaction",
      rentAccountId,
      transactionType: "Payment",
      transactionSource: "DD",
      transactionDate,
      transactionAmount: paid,
      paymentReference,
    });
  }
}

export function toJsonLines(rows: readonly ImportFileRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join("");
}

/** The CSV form: one column a field, nested fields and list items under dotted headers. */
export function toCsv(rows: readonly ImportFileRow[]): string {
  const flatRows = rows.map((row) => flatten(row));
  const header = [...new Set(flatRows.flatMap((row) => Object.keys(row)))];
  const lines = [header, ...flatRows.map((row) => header.map((column) => row[column] ?? ""))];
  return lines.map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}

function flatten(value: object, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, field]: [string, unknown]) =>
      typeof field === "object" && field !== null
        ? Object.entries(flatten(field, `${prefix}${key}.`))
        : [[`${prefix}${key}`, String(field)]],
    ),
  );
}

function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
