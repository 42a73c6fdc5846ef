// The one source of made-up people and places: the demo seed, the test factories and the import-file
// generator all draw their names, streets, postcodes, phone numbers and references from here.
import { origins } from "./names.ts";
import {
  elsewhereAddresses,
  postcodeDistricts,
  postcodeUnitLetters,
  streets,
  type PostcodeDistrict,
} from "./places.ts";
import type { Random } from "./random.ts";

export { blockNameStems, blockSuffixes, estateNames, streets, type Street } from "./places.ts";

/** Every given name of the demo's residents, once each. */
export const fakeFirstNames: readonly string[] = [
  ...new Set(origins.flatMap((origin) => [...origin.female, ...origin.male])),
];

/** Every surname of the demo's residents, once each. */
export const fakeSurnames: readonly string[] = [...new Set(origins.flatMap((origin) => origin.surnames))];

/** The borough's street names, e.g. "Mare Street". */
export const fakeStreetNames: readonly string[] = streets.map((street) => street.name);

/** The postcode district a borough street lies in. */
export function districtOf(street: { district: string }): PostcodeDistrict {
  const district = postcodeDistricts.find((candidate) => candidate.district === street.district);
  if (!district) throw new Error(`No postcode district ${street.district}`);
  return district;
}

/** A postcode's two unit letters ("DY" of "E8 1DY"). */
export function postcodeUnit(random: Random): string {
  return random.pick([...postcodeUnitLetters]) + random.pick([...postcodeUnitLetters]);
}

/** A postcode in one of the borough's districts, e.g. "E8 1DY" (the unit is drawn before the sector). */
export function boroughPostcode(random: Random, district: PostcodeDistrict): string {
  const unit = postcodeUnit(random);
  return `${district.district} ${random.pick(district.sectors)}${unit}`;
}

/** A street address outside the borough, for forwarding and correspondence. */
export function elsewherePostalAddress(random: Random): { lines: string[]; postCode: string } {
  const place = random.pick(elsewhereAddresses);
  const unit = postcodeUnit(random);
  return {
    lines: [`${random.int(1, 320)} ${place.street}`, place.town],
    postCode: `${place.postcodeArea} ${random.int(1, 9)}${unit}`,
  };
}

// Ofcom's drama ranges: numbers reserved for fiction, never allocated to anyone.
export const fictionalMobile = (random: Random): string => `+447700900${random.digits(3)}`;
export const fictionalLandline = (random: Random): string => `+442079460${random.digits(3)}`;

/** A made-up UPRN: twelve digits, from 100000000000 on. */
export const fakeUprn = (n: number): string => String(100_000_000_000 + n);

/** A reference of fixed width: a prefix and a zero-padded number ("IM1T000042"). */
export const numberedReference = (prefix: string, n: number, width: number): string =>
  `${prefix}${String(n).padStart(width, "0")}`;
