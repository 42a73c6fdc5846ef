/** Anything that runs a query: a pg pool, client or pool client. */
type Queryable = { query<R>(text: string): Promise<{ rows: R[] }> };

/**
 * Whether the server is the embedded PostgreSQL (PGlite), which says so in its version: one
 * session behind every connection, and a socket that cannot carry COPY's sub-protocol.
 */
export async function isEmbeddedServer(sql: Queryable): Promise<boolean> {
  const { rows } = await sql.query<{ version: string }>("SELECT version()");
  return /PGlite/i.test(rows[0]?.version ?? "");
}
