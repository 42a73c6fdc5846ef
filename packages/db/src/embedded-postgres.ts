import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * PGlite is one PostgreSQL session: the socket server interleaves the protocol messages of
 * concurrent connections, which breaks concurrent transactions (seen as lost writes). Clients of
 * the embedded database therefore use one connection at a time; Prisma queues the rest.
 */
export const embeddedMaxConnections = 1;

export type EmbeddedPostgres = {
  /** A PostgreSQL URL any pg client (Prisma, psql, the Prisma CLI) can connect to. */
  url: string;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Folder for the database files; omit for an in-memory database. */
  dataDir?: string;
  /** Load the files from a tarball made by `dumpDataDir` (used to copy a migrated template). */
  loadDataDir?: Blob;
  /** 0 picks a free port. */
  port?: number;
};

/**
 * PostgreSQL 17 compiled to WebAssembly, served on a local TCP port so the product uses exactly
 * the same driver path as with a real server.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm, unaccent, fuzzystrmatch },
  });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 64 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Starts an in-memory embedded database and returns a tarball of its files after `prepare` ran. */
export async function dumpEmbeddedTemplate(prepare: (url: string) => Promise<void>): Promise<Blob> {
  const db = await PGlite.create({ extensions: { pg_trgm, unaccent, fuzzystrmatch } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 16 });
  await server.start();
  try {
    await prepare(`postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
  }
  const dump = await db.dumpDataDir("none");
  await db.close();
  return dump;
}
