// Proves @housing/client works for a system outside this repository: builds and packs it, installs
// the tarball with npm into a fresh project in the temporary folder, typechecks a program under
// NodeNext, Bundler and Node10 resolution (strict, exactOptionalPropertyTypes), checks that a
// misspelt field fails to compile, and runs the program, as an ES module and as CommonJS, against a
// server started on a free port with its own database. Needs the npm registry (or npm's cache).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { findFreePort } from "../e2e/support/free-port.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const clientDir = path.join(repoRoot, "packages/client");
const fixtures = path.join(clientDir, "consumer-check");

type Outcome = { code: number | null; output: string };

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function mustRun(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const { code, output } = await run(command, args, cwd, env);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${output}`);
  return output;
}

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(path.join(clientDir, "node_modules", name, "package.json"), "utf8")) as { version: string })
    .version;

async function packClient(workDir: string): Promise<string> {
  await mustRun("pnpm", ["--filter", "@housing/client", "build"], repoRoot);
  await mustRun("pnpm", ["pack", "--pack-destination", workDir], clientDir);
  const tarball = readdirSync(workDir).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  return path.join(workDir, tarball);
}

/** A project that knows nothing of this workspace: the tarball, @trpc/client and TypeScript from npm. */
async function makeConsumer(workDir: string, tarball: string): Promise<string> {
  const consumer = path.join(workDir, "consumer");
  mkdirSync(consumer);
  for (const file of readdirSync(fixtures)) copyFileSync(path.join(fixtures, file), path.join(consumer, file));
  writeFileSync(
    path.join(consumer, "package.json"),
    `${JSON.stringify({ name: "housing-client-consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  const packages = [tarball, `@trpc/client@${versionOf("@trpc/client")}`, `typescript@${versionOf("typescript")}`];
  await mustRun("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...packages], consumer);
  return consumer;
}

const errorLines = (output: string) => output.split("\n").filter((line) => /: error TS\d+:/.test(line));

async function typecheck(consumer: string): Promise<void> {
  const tsc = (config: string) =>
    run(process.execPath, [path.join(consumer, "node_modules/typescript/bin/tsc"), "-p", config], consumer);
  const resolutions = ["nodenext", "bundler", "node10"];
  // All four at once: each is one tsc process, and they share nothing.
  const [wrong, ...outcomes] = await Promise.all([
    tsc("tsconfig.wrong-field.json"),
    ...resolutions.map((resolution) => tsc(`tsconfig.${resolution}.json`)),
  ]);
  resolutions.forEach((resolution, index) => {
    const { code, output } = outcomes[index] ?? { code: null, output: "" };
    const ours = errorLines(output).filter((line) => !line.startsWith("node_modules/@trpc/"));
    if (ours.length > 0 || (code !== 0 && errorLines(output).length === 0)) {
      throw new Error(`The consumer does not typecheck under ${resolution} resolution:\n${output}`);
    }
  });
  console.log(`  typechecks under ${resolutions.join(", ")} resolution (${elapsed()})`);
  const complaints = errorLines(wrong?.output ?? "").filter((line) => line.startsWith("wrong-field.ts"));
  if (!["'idd'", "'nickname'"].every((field) => complaints.some((line) => line.includes(field)))) {
    throw new Error(`wrong-field.ts should fail on 'idd' and 'nickname' but compiled with:\n${wrong?.output}`);
  }
  console.log("  refuses a misspelt input field and an unknown output field");
  // tsc emitted ES modules to out-esm and CommonJS to out-cjs; mark the latter as such for Node.
  writeFileSync(path.join(consumer, "out-cjs/package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
}

/** A throwaway database on TEST_DATABASE_URL's server when set; otherwise the embedded one in DATA_DIR. */
async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { url: "", drop: async () => {} };
  const name = `housing_client_check_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function startServer(dataDir: string, databaseUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await findFreePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    ELASTICSEARCH_URL: "",
    DEV_SIGN_IN: "true",
    SEED_DEMO_DATA: "false",
    LOG_LEVEL: "warn",
  };
  const server = spawn(process.execPath, ["--import", "tsx", "apps/api/src/composition/main.ts"], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (!(await answers(`${url}/api/v1/healthcheck/ping`))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function devSignIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/dev-sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: "demo-admin" }),
  });
  if (!response.ok) throw new Error(`The development sign-in answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

type Api = { url: string; token: string; stop: () => Promise<void> };

/** The server on its own database, with a token from the development sign-in; stop() drops the database. */
async function startApi(dataDir: string): Promise<Api> {
  const database = await throwawayDatabase();
  try {
    const server = await startServer(dataDir, database.url);
    const stop = async () => {
      await server.stop();
      await database.drop();
    };
    try {
      return { url: server.url, token: await devSignIn(server.url), stop };
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
}

async function runConsumer(consumer: string, api: Api): Promise<void> {
  for (const [build, file] of [
    ["esm", "out-esm/program.js"],
    ["cjs", "out-cjs/program.js"],
  ] as const) {
    const env = { ...process.env, HOUSING_URL: api.url, HOUSING_TOKEN: api.token, CONSUMER_RUN: build };
    console.log(`  ${(await mustRun(process.execPath, [file], consumer, env)).trim()} (${elapsed()})`);
  }
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const workDir = mkdtempSync(path.join(tmpdir(), "housing-client-check-"));
// The server starts (migrations and all) while the package builds and the consumer typechecks.
const apiStarting = startApi(path.join(workDir, "data"));
apiStarting.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
try {
  console.log("@housing/client: build and pack");
  const tarball = await packClient(workDir);
  console.log(`  ${path.basename(tarball)} (${elapsed()}); a consumer in ${workDir} installs it from npm`);
  const consumer = await makeConsumer(workDir, tarball);
  await typecheck(consumer);
  const api = await apiStarting;
  console.log(`  the server answers at ${api.url} (${elapsed()})`);
  await runConsumer(consumer, api);
  console.log(
    `@housing/client: a consumer outside the workspace installs, typechecks and calls the API (${elapsed()})`,
  );
} finally {
  await apiStarting.then(
    (api) => api.stop(),
    () => {},
  );
  rmSync(workDir, { recursive: true, force: true });
}
