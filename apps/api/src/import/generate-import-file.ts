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
import { createIdGenerator, createRandom } from "@housing/db/random";
import type { TImportRecordType } from "./import-row.schemas.ts";

/** A row as a council's file would hold it: its record type and the write's input fields. */
export type ImportFileRow = { type: TImportRecordType } & Record<string, unknown>;

/**
 * Fictional estates, blocks and flats with their households, tenures, rent accounts, weekly
 * charges and a few weeks of charges and payments, in an order where every row refers only to
 * rows above it; cut to exactly `rows` rows. Tenure types SEC and LEA must exist in the database.
 */
export function generateImportRows(options: { rows: number; seed: number }): ImportFileRow[] {
  const random = createRandom(options.seed);
  const { int, pick, chance } = random;
  const uuid = createIdGenerator(options.seed);
  // IM and the seed keep an import's references apart from the demo's and from other seeds' files.
  const reference = (kind: string, n: number) => numberedReference(`IM${options.seed}${kind}`, n, 6);
  const rows: ImportFileRow[] = [];
  let estateId = "";
  let blockId = "";
  let blockName = "";
  let street = "";
  let postCode = "";

  for (let home = 0; rows.length < options.rows; home += 1) {
    if (home % 200 === 0) {
      estateId = uuid();
      const name = `${pick(estateNames)} Estate`;
      rows.push({
        type: "asset",
        id: estateId,
        assetType: "Estate",
        propertyReference: reference("E", home),
        name,
        addressLine1: name,
      });
    }
    if (home % 20 === 0) {
      blockId = uuid();
      const onStreet = pick(streets);
      street = onStreet.name;
      postCode = boroughPostcode(random, districtOf(onStreet));
      blockName = `${pick(blockNameStems)} ${pick(blockSuffixes)}`;
      rows.push({
        type: "asset",
        id: blockId,
        assetType: "Block",
        propertyReference: reference("B", home),
        name: blockName,
        parentId: estateId,
        addressLine1: blockName,
        addressLine2: street,
        postCode,
      });
    }
    const dwellingId = uuid();
    rows.push({
      type: "asset",
      id: dwellingId,
      assetType: "Dwelling",
      propertyReference: reference("D", home),
      parentId: blockId,
      addressLine1: `Flat ${(home % 20) + 1}, ${blockName}`,
      addressLine2: street,
      postCode,
      bedrooms: int(1, 3),
    });

    const leasehold = chance(0.15);
    const tenureId = uuid();
    const memberIds = Array.from({ length: int(1, 3) }, () => uuid());
    const surname = pick(fakeSurnames);
    memberIds.forEach((id, index) =>
      rows.push({
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
    const paymentReference = reference("T", home);
    rows.push({
      type: "tenure",
      id: tenureId,
      paymentReference,
      tenureTypeCode: leasehold ? "LEA" : "SEC",
      assetId: dwellingId,
      startOfTenureDate: `${int(2010, 2023)}-04-0${int(1, 9)}`,
    });
    memberIds.forEach((personId, index) =>
      rows.push({ type: "householdMember", tenureId, personId, isResponsible: index === 0 }),
    );
    const rentAccountId = uuid();
    rows.push({ type: "rentAccount", id: rentAccountId, tenureId });
    const rent = int(9000, 14999) / 100;
    const serviceCharge = int(500, 2499) / 100;
    rows.push({
      type: "charge",
      rentAccountId,
      charge: {
        chargeType: "DwellingRent",
        chargeCode: "DWR",
        description: "Rent",
        weeklyAmount: rent,
        startDate: "2025-04-07",
      },
    });
    rows.push({
      type: "charge",
      rentAccountId,
      charge: {
        chargeType: "ServiceCharge",
        chargeCode: "DSC",
        description: "Cleaning and lighting",
        weeklyAmount: serviceCharge,
        startDate: "2025-04-07",
      },
    });
    for (let week = 0; week < 3; week += 1) {
      const day = String(7 + week * 7).padStart(2, "0");
      const owed = Math.round((rent + serviceCharge) * 100) / 100;
      const paid = chance(0.8) ? owed : Math.round(owed * 50) / 100; // some households fall behind
      rows.push({
        type: "transaction",
        rentAccountId,
        transactionType: "Charge",
        transactionSource: "RENT-RUN",
        transactionDate: `2025-04-${day}`,
        transactionAmount: -owed,
      });
      rows.push({
        type: "transaction",
        rentAccountId,
        transactionType: "Payment",
        transactionSource: "DD",
        transactionDate: `2025-04-${day}`,
        transactionAmount: paid,
        paymentReference,
      });
    }
  }
  return rows.slice(0, options.rows);
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
