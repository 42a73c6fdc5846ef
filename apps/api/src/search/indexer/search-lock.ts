import { hostname } from "node:os";
import pg from "pg";

/** The search work that must run in one instance at a time. */
export type SearchLockName = "search-indexer" | "search-rebuild";

/**
 * Who may do a piece of search work when several server instances share one database. The holder
 * does it; the others stand by and try again.
 */
export type SearchLock = {
  /** Takes the lock if it is free, or confirms this instance still holds it. Never waits. */
  tryAcquire(): Promise<boolean>;
  /** Waits until the lock is free, then takes it. */
  acquire(): Promise<void>;
  /** False from the moment the lock is known to be lost. */
  isHeld(): boolean;
  /** Lets go of the lock (and its connection). */
  release(): Promise<void>;
};

export type OpenSearchLock = (name: SearchLockName) => SearchLock;

/**
 * For a process that is the only one using its database: tests, scripts, and the embedded
 * database, which serves one process and is one PostgreSQL session (advisory locks there are
 * always granted, so a real one would only pretend).
 */
export const soleInstanceLock: OpenSearchLock = () => ({
  tryAcquire: async () => true,
  acquire: async () => undefined,
  isHeld: () => true,
  release: async () => undefined,
});

// Two-key advisory locks (namespace, name): apart from the one-key locks the search engine takes.
const lockNamespace = 0x4850_4c54;
const lockKeys: Record<SearchLockName, number> = { "search-indexer": 1, "search-rebuild": 2 };
// A holder confirms it still holds the lock at most this often (a round trip on its connection).
const confirmEveryMs = 1000;
// A check that gets no answer in this time counts as a lost connection (a half-open socket never errors).
const checkTimeoutMs = 10_000;

export type AdvisoryLockOptions = {
  databaseUrl: string;
  logger: { warn(details: object, message: string): void };
  /** Names this instance in pg_stat_activity (default host and process id). */
  instance?: string;
};

/**
 * A PostgreSQL session-level advisory lock on a connection of its own. PostgreSQL releases it when
 * that connection ends, so when the holding instance dies (its process, its host or its network)
 * another takes over without anyone cleaning up. An instance whose connection drops stops
 * counting itself the holder at once.
 */
export function advisoryLocks(options: AdvisoryLockOptions): OpenSearchLock {
  const instance = options.instance ?? `${hostname()}:${process.pid}`;
  return (name) => new AdvisoryLock(name, instance, options);
}

class AdvisoryLock implements SearchLock {
  private client: pg.Client | undefined;
  private held = false;
  private confirmedAt = 0;

  constructor(
    private readonly name: SearchLockName,
    private readonly instance: string,
    private readonly options: AdvisoryLockOptions,
  ) {}

  async tryAcquire(): Promise<boolean> {
    if (this.held && Date.now() - this.confirmedAt < confirmEveryMs) return true;
    const ok = this.held
      ? await this.query(
          `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = $1
             AND objid::bigint = $2 AND objsubid = 2 AND pid = pg_backend_pid() AND granted) AS ok`,
          checkTimeoutMs,
        )
      : await this.query("SELECT pg_try_advisory_lock($1, $2) AS ok", checkTimeoutMs);
    this.held = ok;
    if (ok) this.confirmedAt = Date.now();
    return ok;
  }

  async acquire(): Promise<void> {
    if (this.held) return;
    this.held = await this.query("SELECT pg_advisory_lock($1, $2) IS NOT NULL AS ok");
    this.confirmedAt = Date.now();
  }

  isHeld(): boolean {
    return this.held;
  }

  async release(): Promise<void> {
    const current = this.client;
    this.client = undefined;
    this.held = false;
    // Ending the session releases its advisory locks.
    await current?.end();
  }

  private lose(which: pg.Client, error?: unknown): void {
    if (this.client !== which) return;
    this.client = undefined;
    if (this.held) this.options.logger.warn({ err: error, lock: this.name }, "Lost the connection holding the lock");
    this.held = false;
    which.end().catch(() => undefined);
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const next = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: `housing ${this.name} ${this.instance}`,
      keepAlive: true,
    });
    next.on("error", (error) => this.lose(next, error));
    next.on("end", () => this.lose(next));
    this.client = next;
    try {
      await next.connect();
      // The server frees a vanished host's lock after about 25 s, not the operating system's 2 hours.
      await next.query("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
    } catch (error) {
      this.lose(next, error);
      throw error;
    }
    return next;
  }

  private async query(text: string, timeoutMs?: number): Promise<boolean> {
    const current = await this.connection();
    try {
      const { rows } = await current.query<{ ok: boolean }>({
        text,
        values: [lockNamespace, lockKeys[this.name]],
        ...(timeoutMs ? { query_timeout: timeoutMs } : {}),
      });
      return rows[0]?.ok === true && this.client === current;
    } catch (error) {
      // Whether or not the lock survived, a connection that failed a query is not trusted with it.
      this.lose(current, error);
      throw error;
    }
  }
}
