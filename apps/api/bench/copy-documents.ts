// The reindex benchmark's yardstick: the documents and terms a rebuild writes, COPYed into plain
// tables (a primary key on documents, a btree on terms: the least an index to search needs).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { SearchDocumentRecord, SearchIndexName } from "../src/search/search-engine.port.ts";

const scratch = {
  documents: "bench_copy_documents",
  terms: "bench_copy_terms",
};

// COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
const copyText = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined
    ? "\\N"
    : String(value).replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? c);

const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((i) => `"${i.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

function documentLines(index: SearchIndexName, docs: readonly SearchDocumentRecord[]): string {
  return docs
    .map((d) =>
      [
        index,
        d.id,
        JSON.stringify(d.document),
        d.sortText,
        d.sortNumber,
        d.sortSubNumber,
        d.sortDate,
        d.sortAmount,
        arrayLiteral(d.types),
        d.isActive,
      ]
        .map(copyText)
        .join("\t"),
    )
    .join("\n");
}

function termLines(index: SearchIndexName, docs: readonly SearchDocumentRecord[]): string {
  const lines: string[] = [];
  for (const d of docs) {
    for (const t of d.terms) lines.push([index, d.id, t.term, t.weight, t.contactDetailId].map(copyText).join("\t"));
  }
  return lines.join("\n");
}

export async function openDocumentCopier(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${scratch.documents}, ${scratch.terms}`);
  await client.query(`CREATE TABLE ${scratch.documents} (
    index_name text, id uuid, document jsonb, sort_text text, sort_number integer, sort_sub_number integer,
    sort_date date, sort_amount numeric, types text[], is_active boolean, PRIMARY KEY (index_name, id))`);
  await client.query(`CREATE TABLE ${scratch.terms} (
    index_name text, id uuid, term text, weight integer, contact_detail_id uuid)`);
  await client.query(`CREATE INDEX ON ${scratch.terms} (index_name, term)`);
  const copy = async (table: string, text: string) => {
    if (text.length === 0) return;
    await pipeline(Readable.from([`${text}\n`]), client.query(copyFrom(`COPY ${table} FROM STDIN`)));
  };
  return {
    async copy(index: SearchIndexName, docs: readonly SearchDocumentRecord[]): Promise<void> {
      await copy(scratch.documents, documentLines(index, docs));
      await copy(scratch.terms, termLines(index, docs));
    },
    async close(): Promise<void> {
      await client.query(`DROP TABLE IF EXISTS ${scratch.documents}, ${scratch.terms}`);
      await client.end();
    },
  };
}
