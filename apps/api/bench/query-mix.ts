import type { Db } from "@housing/db/client";

export type BenchQuery = { kind: string; index: "persons" | "assets" | "tenures"; searchText: string };

/** "Johnson" → "Jonhson": two letters in the middle swapped, the commonest typing slip. */
function transpose(word: string): string {
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
}

/** A fixed mix of what officers type, drawn from the seeded data itself (same data → same mix). */
export async function buildQueryMix(db: Db): Promise<BenchQuery[]> {
  const persons = await db.person.findMany({
    select: { firstName: true, surname: true },
    orderBy: { personRef: "asc" },
    take: 60,
    skip: 100,
  });
  const assets = await db.asset.findMany({
    where: { postCode: { not: null }, assetType: { in: ["Dwelling", "House"] } },
    select: { postCode: true, uprn: true, addressLine1: true },
    orderBy: { propertyReference: "asc" },
    take: 40,
    skip: 50,
  });
  const tenures = await db.tenure.findMany({
    select: { paymentReference: true },
    orderBy: { paymentReference: "asc" },
    take: 40,
    skip: 20,
  });
  const mix: BenchQuery[] = [];
  for (const [i, person] of persons.entries()) {
    mix.push({ kind: "surname", index: "persons", searchText: person.surname });
    if (i % 2 === 0)
      mix.push({ kind: "full name", index: "persons", searchText: `${person.firstName} ${person.surname}` });
    if (person.surname.length >= 5 && i % 2 === 1)
      mix.push({ kind: "misspelt name", index: "persons", searchText: transpose(person.surname) });
    if (i % 3 === 0) mix.push({ kind: "name prefix", index: "persons", searchText: person.surname.slice(0, 3) });
  }
  for (const [i, asset] of assets.entries()) {
    if (asset.postCode) mix.push({ kind: "postcode", index: "assets", searchText: asset.postCode.replace(" ", "") });
    if (asset.uprn && i % 2 === 0) mix.push({ kind: "uprn", index: "assets", searchText: asset.uprn });
    if (i % 2 === 1) mix.push({ kind: "address", index: "assets", searchText: asset.addressLine1 });
  }
  for (const tenure of tenures)
    mix.push({ kind: "payment ref", index: "tenures", searchText: tenure.paymentReference });
  // Interleave kinds so every slice of the run sees the whole mix.
  return mix.sort((a, b) => a.searchText.localeCompare(b.searchText));
}
