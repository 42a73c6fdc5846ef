import type { TRole } from "@housing/schemas/auth";
import type { startTestServer } from "./test-kit.ts";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;
export type ExtractRecord = Record<string, unknown>;

/** RFC 4180 as csv.ts writes it: quoted cells with doubled quotes, CRLF line ends, a byte order mark. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += char;
    }
  }
  return rows;
}

/** CSV rows as records keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
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
