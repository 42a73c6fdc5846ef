import type { TRole } from "@housing/schemas/auth";
import { parseCsv } from "../import/csv-records.ts";
import type { startTestServer } from "./test-kit.ts";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
export type ExtractRecord = Record<string, unknown>;

/** Every extract the API offers, as the contract names them. */
export const extractEntities = [
  "persons",
  "contact-details",
  "assets",
  "tenures",
  "household-members",
  "rent-accounts",
  "charges",
  "transactions",
] as const;

/** CSV rows as records keyed by the header row, read by the import's own RFC 4180 reader. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text).map((record) => record.cells);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

export const jsonLines = (text: string): ExtractRecord[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as ExtractRecord);

/** Calls an extract over HTTP as a member of staff holding one role. */
export function extractClient(server: TestServer) {
  return async function getExtract(entity: string, query: Record<string, string> = {}, role: TRole = "reporting") {
    const url = `${server.url}/api/v1/extracts/${entity}?${new URLSearchParams(query).toString()}`;
    return fetchExtract(url, await server.tokenFor(role));
  };
}

export async function fetchExtract(url: string, token: string) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    asOf: response.headers.get("x-extract-as-of") ?? "",
    next: /<([^>]+)>; rel="next"/.exec(response.headers.get("link") ?? "")?.[1],
  };
}

/** Every record of an extract in JSON lines, or fails the test with what the server said. */
export async function loadJson(
  get: ReturnType<typeof extractClient>,
  entity: string,
  query: Record<string, string> = {},
) {
  const response = await get(entity, query);
  if (response.status !== 200) throw new Error(`${entity}: ${response.status} ${response.text}`);
  return { records: jsonLines(response.text), asOf: response.asOf };
}
