import type { Prisma } from "../generated/prisma/client.ts";
import { timestampOf } from "./calendar.ts";
import type { DemoContext } from "./demo-context.ts";
import { boroughPostcode, districtOf } from "./fake-data.ts";
import {
  blockNameStems,
  blockSuffixes,
  estateNames,
  estateSuffixes,
  postcodeDistricts,
  streets,
  type PostcodeDistrict,
  type Street,
} from "./places.ts";
import { weightedInt, type Random } from "./random.ts";

export type AssetRow = Prisma.AssetCreateManyInput & { id: string };

/** A home someone can hold a tenure of: a flat in a block on an estate, or a street house. */
export type Dwelling = {
  row: AssetRow;
  kind: "flat" | "house";
  /** Address lines and postcode, as on the asset row, for contact details and transactions. */
  lines: string[];
  postCode: string;
  uprn: string;
  block: { floors: number; hasConcierge: boolean; hasCommunalHeating: boolean } | null;
};

/** One estate (all its blocks and flats) or one run of street houses: the unit a batch is cut at. */
export type PropertyRun = { assets: AssetRow[]; dwellings: Dwelling[] };

export type PropertyRegister = { nextRun(): PropertyRun };

export function formatOneLineAddress(lines: readonly (string | null | undefined)[], postCode: string | null): string {
  return [...lines, postCode].filter((part): part is string => !!part).join(", ");
}

/** What the register remembers between runs, so names and postcodes are not given twice. */
type RegisterState = {
  ctx: DemoContext;
  usedPostcodes: Set<string>;
  usedNames: Set<string>;
  nextHouseNumber: Map<string, number>;
  estateCount: number;
};

export function createPropertyRegister(ctx: DemoContext): PropertyRegister {
  const register: RegisterState = {
    ctx,
    usedPostcodes: new Set(),
    usedNames: new Set(),
    nextHouseNumber: new Map(),
    estateCount: 0,
  };
  return {
    // About a quarter of homes are street houses; the rest are flats on estates. The first run is
    // an estate, so even a small demo database has blocks of flats.
    nextRun: () => (ctx.random.chance(0.16) || register.estateCount === 0 ? estateRun(register) : streetRun(register)),
  };
}

/** A postcode in the district not given before (after 50 tries, one given before). */
function newPostcode({ ctx, usedPostcodes }: RegisterState, district: PostcodeDistrict): string {
  for (let attempt = 0; ; attempt++) {
    const postcode = boroughPostcode(ctx.random, district);
    if (!usedPostcodes.has(postcode) || attempt > 50) {
      usedPostcodes.add(postcode);
      return postcode;
    }
  }
}

/** A name not given before (after 30 tries, whatever comes next). */
function uniqueName({ usedNames }: RegisterState, make: () => string): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const name = make();
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
  return make();
}

function assetRow(
  ctx: DemoContext,
  fields: Omit<AssetRow, "id" | "propertyReference" | "createdBy" | "modifiedBy">,
): AssetRow {
  const created = timestampOf(ctx.asOf - ctx.random.int(400, 4000), 9 * 60);
  return {
    id: ctx.ids.uuid(),
    propertyReference: ctx.references.nextPropertyReference(),
    ...fields,
    createdAt: created,
    createdBy: ctx.actor,
    modifiedAt: created,
    modifiedBy: ctx.actor,
  };
}

function bedrooms(random: Random, kind: "flat" | "house"): number {
  return kind === "flat"
    ? random.weighted([
        [0, 5],
        [1, 35],
        [2, 35],
        [3, 20],
        [4, 5],
      ] as const)
    : random.weighted([
        [2, 20],
        [3, 50],
        [4, 25],
        [5, 5],
      ] as const);
}

/** An estate's row and what its blocks share: district, streets, first postcode and age. */
type Estate = {
  row: AssetRow;
  district: PostcodeDistrict;
  districtStreets: readonly Street[];
  mainStreet: string;
  postCode: string;
  yearConstructed: number;
};

/** The estates take the names in turn, then again with the next suffix, then numbered. */
function nextEstateName(register: RegisterState): string {
  const { estateCount } = register;
  const stem = estateNames[estateCount % estateNames.length] ?? "Hackney";
  const round = Math.floor(estateCount / estateNames.length);
  const suffix = estateSuffixes[round % estateSuffixes.length] ?? "Estate";
  register.estateCount++;
  return `${stem} ${suffix}${round >= estateSuffixes.length ? ` ${round}` : ""}`;
}

function createEstate(register: RegisterState): Estate {
  const { ctx } = register;
  const { random } = ctx;
  const district = random.weighted(postcodeDistricts.map((d) => [d, d.district === "N16" ? 2 : 3] as const));
  const districtStreets = streets.filter((s) => s.district === district.district);
  const mainStreet = random.pick(districtStreets).name;
  const estateName = nextEstateName(register);
  const yearConstructed = weightedInt(random, [
    [1930, 1959, 3],
    [1960, 1979, 6],
    [1980, 2009, 1],
    [2010, 2022, 1.5],
  ]);
  const postCode = newPostcode(register, district);
  const row = assetRow(ctx, {
    assetType: "Estate",
    name: estateName,
    addressLine1: estateName,
    addressLine2: mainStreet,
    addressLine3: "London",
    postCode,
    yearConstructed,
    isLettable: false,
    isNewBuild: yearConstructed >= 2010,
  });
  return { row, district, districtStreets, mainStreet, postCode, yearConstructed };
}

/** An estate with its blocks of flats, each block followed by its flats. */
function estateRun(register: RegisterState): PropertyRun {
  const estate = createEstate(register);
  const run: PropertyRun = { assets: [estate.row], dwellings: [] };
  const blockCount = weightedInt(register.ctx.random, [
    [1, 3, 3],
    [4, 7, 5],
    [8, 12, 2],
  ]);
  for (let b = 0; b < blockCount; b++) addBlock(register, estate, b, run);
  return run;
}

/** The estate's `b`th block (the first on the main street, with the estate's postcode) and its flats. */
function addBlock(register: RegisterState, estate: Estate, b: number, run: PropertyRun): void {
  const { ctx } = register;
  const { random } = ctx;
  const { yearConstructed } = estate;
  const street = b === 0 || random.chance(0.5) ? estate.mainStreet : random.pick(estate.districtStreets).name;
  const blockName = uniqueName(register, () => `${random.pick(blockNameStems)} ${random.pick(blockSuffixes)}`);
  const floors = weightedInt(random, [
    [3, 5, 6],
    [6, 11, 3],
    [12, 22, 1.5],
  ]);
  const perFloor = random.int(2, floors >= 12 ? 6 : 8);
  const postCode = b === 0 ? estate.postCode : newPostcode(register, estate.district);
  const block = assetRow(ctx, {
    assetType: "Block",
    name: blockName,
    parentId: estate.row.id,
    uprn: ctx.references.nextUprn(),
    addressLine1: blockName,
    addressLine2: street,
    addressLine3: "London",
    postCode,
    totalBlockFloors: floors,
    yearConstructed,
    isLettable: false,
    isNewBuild: yearConstructed >= 2010,
  });
  run.assets.push(block);
  const blockInfo = {
    floors,
    hasConcierge: floors >= 12 && random.chance(0.6),
    hasCommunalHeating: random.chance(0.3),
  };
  for (let flat = 1; flat <= floors * perFloor; flat++) {
    const lines = [`Flat ${flat}, ${blockName}`, street, "London"];
    const uprn = ctx.references.nextUprn();
    const row = assetRow(ctx, {
      assetType: "Dwelling",
      parentId: block.id,
      uprn,
      addressLine1: lines[0] ?? "",
      addressLine2: street,
      addressLine3: "London",
      postCode,
      bedrooms: bedrooms(random, "flat"),
      livingRooms: 1,
      floorNumber: Math.floor((flat - 1) / perFloor),
      totalBlockFloors: floors,
      yearConstructed,
      isNewBuild: yearConstructed >= 2010,
    });
    run.assets.push(row);
    run.dwellings.push({ row, kind: "flat", lines, postCode, uprn, block: blockInfo });
  }
}

/** Council houses along one side of a street: odd or even numbers, a new postcode every dozen or so. */
function streetRun(register: RegisterState): PropertyRun {
  const { ctx } = register;
  const { random } = ctx;
  const street = random.pick(streets);
  const district = districtOf(street);
  let number = register.nextHouseNumber.get(street.name) ?? random.int(1, 40);
  const count = random.int(4, 20);
  const yearConstructed = weightedInt(random, [
    [1880, 1914, 4],
    [1919, 1939, 3],
    [1950, 1990, 2],
    [2010, 2022, 1],
  ]);
  const dwellings: Dwelling[] = [];
  let postCode = newPostcode(register, district);
  for (let i = 0; i < count; i++) {
    if (i > 0 && random.chance(1 / 12)) postCode = newPostcode(register, district);
    const lines = [`${number} ${street.name}`, "London"];
    const uprn = ctx.references.nextUprn();
    const row = assetRow(ctx, {
      assetType: "House",
      uprn,
      addressLine1: lines[0] ?? "",
      addressLine2: "London",
      postCode,
      bedrooms: bedrooms(random, "house"),
      livingRooms: random.int(1, 2),
      floorNumber: 0,
      yearConstructed,
      isNewBuild: yearConstructed >= 2010,
    });
    dwellings.push({ row, kind: "house", lines, postCode, uprn, block: null });
    number += random.chance(0.8) ? 2 : 4;
  }
  register.nextHouseNumber.set(street.name, number + 20);
  return { assets: dwellings.map((d) => d.row), dwellings };
}
