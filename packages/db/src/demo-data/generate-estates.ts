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
} from "./places.ts";

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

export function createPropertyRegister(ctx: DemoContext): PropertyRegister {
  const { random } = ctx;
  const usedPostcodes = new Set<string>();
  const usedNames = new Set<string>();
  const nextHouseNumber = new Map<string, number>();
  let estateCount = 0;

  function newPostcode(district: PostcodeDistrict): string {
    for (let attempt = 0; ; attempt++) {
      const postcode = boroughPostcode(random, district);
      if (!usedPostcodes.has(postcode) || attempt > 50) {
        usedPostcodes.add(postcode);
        return postcode;
      }
    }
  }

  function uniqueName(make: () => string): string {
    for (let attempt = 0; attempt < 30; attempt++) {
      const name = make();
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
    return make();
  }

  function assetRow(fields: Omit<AssetRow, "id" | "propertyReference" | "createdBy" | "modifiedBy">): AssetRow {
    const created = timestampOf(ctx.asOf - random.int(400, 4000), 9 * 60);
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

  function bedrooms(kind: "flat" | "house"): number {
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

  function estateRun(): PropertyRun {
    const district = random.weighted(postcodeDistricts.map((d) => [d, d.district === "N16" ? 2 : 3] as const));
    const districtStreets = streets.filter((s) => s.district === district.district);
    const mainStreet = random.pick(districtStreets).name;
    const stem = estateNames[estateCount % estateNames.length] ?? "Hackney";
    const round = Math.floor(estateCount / estateNames.length);
    const suffix = estateSuffixes[round % estateSuffixes.length] ?? "Estate";
    const estateName = `${stem} ${suffix}${round >= estateSuffixes.length ? ` ${round}` : ""}`;
    estateCount++;
    const yearConstructed = random.weighted([
      [random.int(1930, 1959), 3],
      [random.int(1960, 1979), 6],
      [random.int(1980, 2009), 1],
      [random.int(2010, 2022), 1.5],
    ] as const);
    const estatePostcode = newPostcode(district);
    const estate = assetRow({
      assetType: "Estate",
      name: estateName,
      addressLine1: estateName,
      addressLine2: mainStreet,
      addressLine3: "London",
      postCode: estatePostcode,
      yearConstructed,
      isLettable: false,
      isNewBuild: yearConstructed >= 2010,
    });
    const assets: AssetRow[] = [estate];
    const dwellings: Dwelling[] = [];
    const blockCount = random.weighted([
      [random.int(1, 3), 3],
      [random.int(4, 7), 5],
      [random.int(8, 12), 2],
    ] as const);
    for (let b = 0; b < blockCount; b++) {
      const street = b === 0 || random.chance(0.5) ? mainStreet : random.pick(districtStreets).name;
      const blockName = uniqueName(() => `${random.pick(blockNameStems)} ${random.pick(blockSuffixes)}`);
      const floors = random.weighted([
        [random.int(3, 5), 6],
        [random.int(6, 11), 3],
        [random.int(12, 22), 1.5],
      ] as const);
      const perFloor = random.int(2, floors >= 12 ? 6 : 8);
      const postCode = b === 0 ? estatePostcode : newPostcode(district);
      const block = assetRow({
        assetType: "Block",
        name: blockName,
        parentId: estate.id,
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
      assets.push(block);
      const blockInfo = {
        floors,
        hasConcierge: floors >= 12 && random.chance(0.6),
        hasCommunalHeating: random.chance(0.3),
      };
      for (let flat = 1; flat <= floors * perFloor; flat++) {
        const lines = [`Flat ${flat}, ${blockName}`, street, "London"];
        const uprn = ctx.references.nextUprn();
        const row = assetRow({
          assetType: "Dwelling",
          parentId: block.id,
          uprn,
          addressLine1: lines[0] ?? "",
          addressLine2: street,
          addressLine3: "London",
          postCode,
          bedrooms: bedrooms("flat"),
          livingRooms: 1,
          floorNumber: Math.floor((flat - 1) / perFloor),
          totalBlockFloors: floors,
          yearConstructed,
          isNewBuild: yearConstructed >= 2010,
        });
        assets.push(row);
        dwellings.push({ row, kind: "flat", lines, postCode, uprn, block: blockInfo });
      }
    }
    return { assets, dwellings };
  }

  function streetRun(): PropertyRun {
    const street = random.pick(streets);
    const district = districtOf(street);
    // Council houses along one side of a street: odd or even numbers, a new postcode every dozen or so.
    let number = nextHouseNumber.get(street.name) ?? random.int(1, 40);
    const count = random.int(4, 20);
    const yearConstructed = random.weighted([
      [random.int(1880, 1914), 4],
      [random.int(1919, 1939), 3],
      [random.int(1950, 1990), 2],
      [random.int(2010, 2022), 1],
    ] as const);
    const dwellings: Dwelling[] = [];
    let postCode = newPostcode(district);
    for (let i = 0; i < count; i++) {
      if (i > 0 && random.chance(1 / 12)) postCode = newPostcode(district);
      const lines = [`${number} ${street.name}`, "London"];
      const uprn = ctx.references.nextUprn();
      const row = assetRow({
        assetType: "House",
        uprn,
        addressLine1: lines[0] ?? "",
        addressLine2: "London",
        postCode,
        bedrooms: bedrooms("house"),
        livingRooms: random.int(1, 2),
        floorNumber: 0,
        yearConstructed,
        isNewBuild: yearConstructed >= 2010,
      });
      dwellings.push({ row, kind: "house", lines, postCode, uprn, block: null });
      number += random.chance(0.8) ? 2 : 4;
    }
    nextHouseNumber.set(street.name, number + 20);
    return { assets: dwellings.map((d) => d.row), dwellings };
  }

  return {
    // About a quarter of homes are street houses; the rest are flats on estates. The first run is
    // an estate, so even a small demo database has blocks of flats.
    nextRun: () => (random.chance(0.16) || estateCount === 0 ? estateRun() : streetRun()),
  };
}
