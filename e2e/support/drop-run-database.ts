import { dropRunDatabase, runDatabaseServer } from "./run-database.ts";

/** Playwright's global teardown: the database playwright.config.ts made for this run goes. */
export default async function dropThisRunsDatabase(): Promise<void> {
  const server = runDatabaseServer();
  const database = process.env.E2E_DATABASE_URL;
  if (server && database) await dropRunDatabase(server, database);
}
