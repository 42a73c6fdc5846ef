import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { personInput } from "../testing/factories.ts";
import { startTestServer } from "../testing/test-kit.ts";

const ZPage = z.object({ results: z.array(z.object({ firstName: z.string(), surname: z.string() })) });

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  token = await server.tokenFor("housing-officer");
  for (const [firstName, surname] of [
    ["Ngozi", "Okafor"],
    ["Nkechi", "Okafor"],
    ["Dara", "100%_Back\\slash"],
  ]) {
    const created = await fetch(`${server.url}/api/v1/persons`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(personInput({ firstName, surname })),
    });
    expect(created.status).toBe(201);
  }
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function lookUp(query: Record<string, string>): Promise<string[]> {
  const response = await fetch(`${server.url}/api/v1/persons?${new URLSearchParams(query).toString()}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ZPage.parse(await response.json()).results.map((person) => `${person.firstName} ${person.surname}`);
}

describe("the lookup by details reads %, _ and \\ as the characters they are", () => {
  it.each<{ title: string; query: Record<string, string>; expected: string[] }>([
    { title: "% alone finds no one", query: { lastName: "%" }, expected: [] },
    { title: "% at the end is no wildcard", query: { lastName: "Oka%" }, expected: [] },
    { title: "_ matches no other letter", query: { firstName: "N_ozi" }, expected: [] },
    { title: "\\ is no escape", query: { lastName: "100\\%\\_back\\\\slash" }, expected: [] },
    {
      title: "a name holding all three is found as written, in any case",
      query: { lastName: "100%_back\\SLASH" },
      expected: ["Dara 100%_Back\\slash"],
    },
    { title: "names are still found in any case", query: { firstName: "ngozi" }, expected: ["Ngozi Okafor"] },
  ])("$title", async ({ query, expected }) => {
    expect(await lookUp(query)).toEqual(expected);
  });
});

describe("the lookup by details lists persons alphabetically, accents folded as en-GB readers expect", () => {
  const surnames = ["Abbott", "Carter", "Çelik", "de Souza", "Oakes", "Özdemir", "Öztürk", "Şahin", "Smart", "Zander"];

  beforeAll(async () => {
    // Made in another order than the alphabet's.
    for (const surname of [...surnames].reverse()) {
      const created = await fetch(`${server.url}/api/v1/persons`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(personInput({ firstName: "Ottoline", surname })),
      });
      expect(created.status).toBe(201);
    }
  });

  it("Çelik with C, Şahin with S, never after Z; on every page", async () => {
    expect(await lookUp({ firstName: "ottoline" })).toEqual(surnames.map((surname) => `Ottoline ${surname}`));
    expect(await lookUp({ firstName: "ottoline", page: "2", pageSize: "4" })).toEqual(
      surnames.slice(4, 8).map((surname) => `Ottoline ${surname}`),
    );
  });
});
