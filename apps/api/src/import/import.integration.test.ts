import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { transactionsWithoutSearchText, transactionTextTotalsOutOfStep } from "@housing/db/testing/ledger-search-texts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { ledgerBreaks } from "../testing/finance-ledger-checks.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { indexDifferences } from "../search/indexer/index-differences.ts";
import { makeTenureType } from "../testing/factories.ts";
import { itOnRealPostgres } from "../testing/real-postgres.ts";
import { actorWithRole, callerFor, drainOutbox, silentLogger } from "../testing/test-kit.ts";
import { generateImportRows, type ImportFileRow, toCsv, toJsonLines } from "./generate-import-file.ts";
import { importActor } from "./import-records.ts";
import { ZImportRejection } from "./import-row.schemas.ts";
import { importExitCodes, runImportCommand } from "./run-import-command.ts";

let database: TestDatabase;
let folder: string;
const staff = () => callerFor(database.db, actorWithRole("finance-officer"));

beforeAll(async () => {
  database = await createTestDatabase();
  await makeTenureType(database.db, "SEC", "Tenancy");
  await makeTenureType(database.db, "LEA", "Leasehold");
  folder = await mkdtemp(path.join(tmpdir(), "housing-import-"));
});
afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

/** The command's surroundings in these tests: the test folder, output to `out`, a clock at 0. */
const testIo = (out: (text: string) => void) => ({
  cwd: folder,
  out,
  progress: { write: () => true },
  now: () => 0,
  ranBy: "tester",
});

/** Runs the command as `pnpm run import` would, against the test database; answers its exit code and output. */
async function runImport(fileName: string, contents: string, flags: string[] = []) {
  const file = path.join(folder, fileName);
  await writeFile(file, contents);
  let output = "";
  const exitCode = await runImportCommand(
    [fileName, ...flags],
    testIo((text) => (output += text)),
    async () => ({
      deps: {
        db: database.db,
        clock: systemClock,
        logger: silentLogger,
        search: new PostgresSearchEngine(database.db),
      },
      close: async () => undefined,
    }),
  );
  return { exitCode, output };
}

/** Runs the import with `--report` beside the file; answers the run and the rejections it reported. */
async function runImportReporting(fileName: string, contents: string) {
  const reportName = fileName.replace(/\.\w+$/, ".report.jsonl");
  const run = await runImport(fileName, contents, ["--report", reportName]);
  const lines = (await readFile(path.join(folder, reportName), "utf8")).trim().split("\n");
  return { ...run, report: lines.map((line) => ZImportRejection.parse(JSON.parse(line))) };
}

async function rowCounts() {
  const db = database.db;
  const [persons, assets, tenures, members, accounts, charges, transactions, events] = await Promise.all([
    db.person.count(),
    db.asset.count(),
    db.tenure.count(),
    db.householdMember.count(),
    db.rentAccount.count(),
    db.charge.count(),
    db.transaction.count(),
    db.domainEvent.count(),
  ]);
  return { persons, assets, tenures, members, accounts, charges, transactions, events };
}

let seed = 100;
const uniqueRows = (rows: number) => generateImportRows({ rows, seed: (seed += 1) });

const ids = {
  estate: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a01",
  block: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a02",
  dwelling: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a03",
  leaseholder: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a04",
  partner: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a05",
  tenure: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a06",
  account: "0b8f0a4e-1c1d-4e5f-8a9b-0c1d2e3f4a07",
};

/** A leasehold flat in a block on an estate, a couple living there, their account, charges and payments. */
const householdFile: ImportFileRow[] = [
  {
    type: "person",
    id: ids.leaseholder,
    title: "Ms",
    firstName: "Ines",
    surname: "Quarrendon",
    dateOfBirth: "1979-03-02",
    personTypes: ["Tenant"],
    reason: "Loaded from the housing register",
  },
  {
    type: "person",
    id: ids.partner,
    title: "Mr",
    firstName: "Tobias",
    surname: "Quarrendon",
    dateOfBirth: "1981-11-20",
    personTypes: ["Tenant"],
    reason: "Loaded from the housing register",
  },
  {
    type: "asset",
    id: ids.estate,
    assetType: "Estate",
    propertyReference: "IMPT-E1",
    name: "Sorrel Estate",
    addressLine1: "Sorrel Estate",
  },
  {
    type: "asset",
    id: ids.block,
    assetType: "Block",
    propertyReference: "IMPT-B1",
    name: "Yarrow House",
    parentId: ids.estate,
    addressLine1: "Yarrow House",
    postCode: "E8 1ZZ",
  },
  {
    type: "asset",
    id: ids.dwelling,
    assetType: "Dwelling",
    propertyReference: "IMPT-D1",
    parentId: ids.block,
    addressLine1: "Flat 3, Yarrow House",
    postCode: "E8 1ZZ",
    bedrooms: 2,
  },
  {
    type: "tenure",
    id: ids.tenure,
    paymentReference: "IMPT0001",
    tenureTypeCode: "LEA",
    assetId: ids.dwelling,
    startOfTenureDate: "2019-06-03",
  },
  { type: "householdMember", tenureId: ids.tenure, personId: ids.leaseholder, isResponsible: true },
  { type: "householdMember", tenureId: ids.tenure, personId: ids.partner, isResponsible: false },
  { type: "rentAccount", id: ids.account, tenureId: ids.tenure },
  {
    type: "charge",
    rentAccountId: ids.account,
    charge: {
      chargeType: "ServiceCharge",
      chargeCode: "DSC",
      description: "Cleaning",
      weeklyAmount: 21.4,
      startDate: "2025-04-07",
    },
  },
  {
    type: "charge",
    rentAccountId: ids.account,
    charge: {
      chargeType: "NonDwellingRent",
      chargeCode: "NDR",
      description: "Garage",
      weeklyAmount: 12.05,
      startDate: "2025-04-07",
    },
  },
  {
    type: "transaction",
    rentAccountId: ids.account,
    transactionType: "Charge",
    transactionSource: "RENT-RUN",
    transactionDate: "2025-04-07",
    transactionAmount: -33.45,
  },
  {
    type: "transaction",
    rentAccountId: ids.account,
    transactionType: "Payment",
    transactionSource: "DD",
    transactionDate: "2025-04-08",
    transactionAmount: 20,
  },
  {
    type: "transaction",
    rentAccountId: ids.account,
    transactionType: "Charge",
    transactionSource: "RENT-RUN",
    transactionDate: "2025-04-14",
    transactionAmount: -33.45,
  },
];

describe("pnpm run import", () => {
  it("imports a mixed file in order: the hierarchy, household person types, the account and a balance that is the sum of its transactions", async () => {
    const before = await rowCounts();
    const { exitCode, output } = await runImport("household.jsonl", toJsonLines(householdFile));

    expect(output).toContain("Read 14 rows from household.jsonl");
    expect(output).toContain(
      "Imported 2 persons, 3 assets, 1 tenures, 2 household members, 1 rent accounts, 2 charges, 3 transactions",
    );
    expect(exitCode).toBe(importExitCodes.imported);

    const tenure = await staff().tenure.get({ id: ids.tenure });
    expect(tenure.tenuredAsset.id).toBe(ids.dwelling);
    expect(tenure.householdMembers.map((member) => [member.id, member.personTenureType])).toEqual(
      expect.arrayContaining([
        [ids.leaseholder, "Leaseholder"],
        [ids.partner, "HouseholdMember"],
      ]),
    );
    expect((await staff().person.get({ id: ids.leaseholder })).personTypes).toEqual(["Leaseholder"]);
    expect((await staff().person.get({ id: ids.partner })).personTypes).toEqual(["HouseholdMember"]);
    const dwelling = await staff().asset.get({ id: ids.dwelling });
    expect(dwelling.ancestors.map((ancestor) => ancestor.id)).toEqual([ids.estate, ids.block]);

    const account = await staff().finance.account({ id: ids.account });
    expect(account.balance).toBe(-46.9);
    expect(account.weeklyCharges.total).toBe(33.45);
    expect(account.createdBy).toEqual({ id: importActor.id, name: importActor.name, email: importActor.email });
    expect(await ledgerBreaks(database.db)).toEqual({ wrongBalances: [], brokenChain: [], wrongClosing: [] });
    expect(await transactionsWithoutSearchText(database.db)).toBe(0);
    expect(await transactionTextTotalsOutOfStep(database.db)).toEqual([]);

    const after = await rowCounts();
    expect(after.persons - before.persons).toBe(2);
    expect(after.transactions - before.transactions).toBe(3);
    // Every write evented as the API's are, all under the import's correlation id, and the import itself.
    const imported = await database.db.domainEvent.findFirstOrThrow({ where: { eventType: "DataImportedEvent" } });
    const events = await database.db.domainEvent.findMany({ where: { correlationId: imported.entityId } });
    expect(new Set(events.map((event) => event.eventType))).toEqual(
      new Set([
        "PersonCreatedEvent",
        "AssetCreatedEvent",
        "TenureCreatedEvent",
        "HouseholdMemberAddedEvent",
        "PersonUpdatedEvent",
        "RentAccountCreatedEvent",
        "ChargeAddedEvent",
        "TransactionRecordedEvent",
        "DataImportedEvent",
      ]),
    );
    expect(imported.newData).toMatchObject({ fileName: "household.jsonl", rows: 14, ranBy: "tester" });
  });

  it("makes imported records searchable once the indexer reads the outbox, as API writes are", async () => {
    const engine = new PostgresSearchEngine(database.db);
    await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });
    const rows = uniqueRows(20).map((row) => (row.type === "person" ? { ...row, surname: "Wintersgill" } : row));
    expect((await runImport("searchable.jsonl", toJsonLines(rows))).exitCode).toBe(importExitCodes.imported);

    await drainOutbox(database.db, engine);

    const search = callerFor(database.db, actorWithRole("housing-officer"), { search: engine }).search;
    const persons = await search.persons({ searchText: "wintersgill" });
    expect(persons.results.persons.map((person) => person.id).sort()).toEqual(
      rows
        .filter((row) => row.type === "person")
        .map((row) => row.id)
        .sort(),
    );
    const tenures = await search.tenures({ searchText: "wintersgill" });
    expect(tenures.results.tenures.map((tenure) => tenure.id)).toEqual(
      rows.filter((row) => row.type === "tenure").map((row) => row.id),
    );
  });

  it("refuses to import the same file twice and writes nothing the second time", async () => {
    const contents = toJsonLines(uniqueRows(40));
    expect((await runImport("twice.jsonl", contents)).exitCode).toBe(importExitCodes.imported);
    const before = await rowCounts();

    const again = await runImport("twice-renamed.jsonl", contents);

    expect(again.exitCode).toBe(importExitCodes.alreadyImported);
    expect(again.output).toContain("Checked twice-renamed.jsonl in");
    expect(again.output).toMatch(
      /This file was imported on .* by tester \(import [0-9a-f-]{36}\)\. Nothing was written\./,
    );
    expect(await rowCounts()).toEqual(before);
  });

  itOnRealPostgres("imports a file once when two imports of it start at once (real PostgreSQL)", async () => {
    const contents = toJsonLines(uniqueRows(30));
    const runs = await Promise.all([runImport("race-a.jsonl", contents), runImport("race-b.jsonl", contents)]);
    expect(runs.map((run) => run.exitCode).sort()).toEqual(
      [importExitCodes.imported, importExitCodes.alreadyImported].sort(),
    );
  });

  it("imports the same records from CSV, typing cells by the schema", async () => {
    const rows = uniqueRows(120);
    const before = await rowCounts();

    const { exitCode, output } = await runImport("generated.csv", toCsv(rows));

    expect(output).toContain("Read 120 rows from generated.csv");
    expect(exitCode).toBe(importExitCodes.imported);
    const after = await rowCounts();
    const ofType = (type: string) => rows.filter((row) => row.type === type).length;
    expect(after.assets - before.assets).toBe(ofType("asset"));
    expect(after.members - before.members).toBe(ofType("householdMember"));
    expect(after.charges - before.charges).toBe(ofType("charge"));
    expect(after.transactions - before.transactions).toBe(ofType("transaction"));
    expect(await ledgerBreaks(database.db)).toEqual({ wrongBalances: [], brokenChain: [], wrongClosing: [] });
  });

  it("checks a file with --dry-run and writes nothing", async () => {
    const before = await rowCounts();

    const { exitCode, output } = await runImport("dry.jsonl", toJsonLines(uniqueRows(60)), ["--dry-run"]);

    expect(exitCode).toBe(importExitCodes.imported);
    expect(output).toMatch(/Dry run: every row is valid and would write \d+ persons, .*\. Nothing was written\./);
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects a file with a row that fails its schema, naming line and field, and writes nothing", async () => {
    const rows = uniqueRows(30);
    const at = rows.findIndex((row) => row.type === "tenure");
    const lines = toJsonLines(rows).split("\n");
    lines[at] = JSON.stringify({ ...rows[at], tenureTypeCode: "sec" });
    const before = await rowCounts();

    const { exitCode, output } = await runImport("bad-row.jsonl", lines.join("\n"), [
      "--report",
      "bad-row.report.jsonl",
    ]);

    expect(exitCode).toBe(importExitCodes.rejected);
    expect(output).toContain(
      `Rejected 1 rows:\n  line ${at + 1} (tenure) tenureTypeCode: Enter a tenure type code such as SEC`,
    );
    expect(output).toContain("Nothing was written");
    const report = await readFile(path.join(folder, "bad-row.report.jsonl"), "utf8");
    expect(
      report
        .trim()
        .split("\n")
        .map((line) => ZImportRejection.parse(JSON.parse(line))),
    ).toEqual([
      { line: at + 1, recordType: "tenure", path: "tenureTypeCode", message: "Enter a tenure type code such as SEC" },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects rows the database refuses, reports every one, and rolls back the rows before them", async () => {
    const rows = uniqueRows(45);
    const estate = rows.find((row) => row.type === "asset");
    const tenureAt = rows.findIndex((row) => row.type === "tenure");
    const tenure = rows[tenureAt];
    if (!estate || !tenure) throw new Error("The generated file has an asset and a tenure");
    const broken: ImportFileRow[] = [
      ...rows.slice(0, tenureAt),
      { ...tenure, assetId: "9d2f0c1e-5b6a-4c3d-8e7f-a1b2c3d4e5f6" },
      ...rows.slice(tenureAt + 1),
      { ...estate, propertyReference: "IMPT-DUP" },
    ];
    const before = await rowCounts();

    const { exitCode, output } = await runImport("refused.csv", toCsv(broken));

    expect(exitCode).toBe(importExitCodes.rejected);
    expect(output).toContain(`line ${tenureAt + 2} (tenure) assetId: No asset has this id`);
    expect(output).toContain(`line ${broken.length + 1} (asset) id: Another record already has this id`);
    expect(await rowCounts()).toEqual(before);
  });

  it("reports every refused row of a file longer than a savepoint's batch, each with its own line, and writes nothing", async () => {
    const rows = uniqueRows(260);
    const transactionAt = (from: number) => rows.findIndex((row, index) => index >= from && row.type === "transaction");
    const [first, second, third] = [transactionAt(20), transactionAt(120), transactionAt(220)];
    const taker = rows.slice(0, second).findLastIndex((row) => row.type === "transaction");
    if (first < 0 || second < 0 || third < 0 || taker <= first)
      throw new Error("The generated file has transactions throughout");
    const unknownAccount = "9d2f0c1e-5b6a-4c3d-8e7f-a1b2c3d4e5f7";
    // The second refusal is the database's own (a primary key already taken), which aborts the batch's work.
    const takenId = "9d2f0c1e-5b6a-4c3d-8e7f-a1b2c3d4e5f8";
    const broken = rows.map((row, index) =>
      index === first || index === third
        ? { ...row, rentAccountId: unknownAccount }
        : index === taker || index === second
          ? { ...row, id: takenId }
          : row,
    );
    const before = await rowCounts();

    const { exitCode, report } = await runImportReporting("refused-long.jsonl", toJsonLines(broken));

    expect(exitCode).toBe(importExitCodes.rejected);
    expect(report).toEqual([
      { line: first + 1, recordType: "transaction", path: "rentAccountId", message: "No rent account has this id" },
      { line: second + 1, recordType: "transaction", path: "id", message: "Another record already has this id" },
      { line: third + 1, recordType: "transaction", path: "rentAccountId", message: "No rent account has this id" },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects one refused row in the middle of a large file, reporting only its line, and writes nothing", async () => {
    const rows = uniqueRows(8_000);
    const at = rows.findIndex((row, index) => index >= 4_000 && row.type === "transaction");
    const unknownAccount = "9d2f0c1e-5b6a-4c3d-8e7f-a1b2c3d4e5f9";
    const broken = rows.map((row, index) => (index === at ? { ...row, rentAccountId: unknownAccount } : row));
    const before = await rowCounts();

    const { exitCode, output, report } = await runImportReporting("large.jsonl", toJsonLines(broken));

    expect(exitCode).toBe(importExitCodes.rejected);
    expect(output).toContain("Read 8,000 rows from large.jsonl");
    expect(report).toEqual([
      { line: at + 1, recordType: "transaction", path: "rentAccountId", message: "No rent account has this id" },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects every row of a large file that fails its schema, after batches already written, and writes nothing", async () => {
    const rows = uniqueRows(8_000);
    const tenureAfter = (from: number) => rows.findIndex((row, index) => index >= from && row.type === "tenure");
    // A row the database would refuse comes first; it is not reported, as the rules are checked only for a valid file.
    const refused = rows.findIndex((row, index) => index >= 1_000 && row.type === "transaction");
    const [first, second] = [tenureAfter(5_500), tenureAfter(7_000)];
    const unknownAccount = "9d2f0c1e-5b6a-4c3d-8e7f-a1b2c3d4e5fb";
    const broken = rows.map((row, index) => {
      if (index === refused) return { ...row, rentAccountId: unknownAccount };
      return index === first || index === second ? { ...row, tenureTypeCode: "sec" } : row;
    });
    const before = await rowCounts();

    const { exitCode, output, report } = await runImportReporting("large-invalid.jsonl", toJsonLines(broken));

    expect(exitCode).toBe(importExitCodes.rejected);
    expect(output).toContain("Read 8,000 rows from large-invalid.jsonl");
    expect(output).toContain("the database rules are checked once every row is valid");
    const schemaRejection = (index: number) => ({
      line: index + 1,
      recordType: "tenure",
      path: "tenureTypeCode",
      message: "Enter a tenure type code such as SEC",
    });
    expect(report).toEqual([schemaRejection(first), schemaRejection(second)]);
    expect(await rowCounts()).toEqual(before);
  });

  it("rejects a row whose id an earlier row of the same file took, near it or thousands of rows on, and writes nothing", async () => {
    const rows = uniqueRows(7_000);
    const transactions = rows.flatMap((row, index) => (row.type === "transaction" ? [index] : []));
    const [taker = 0, near = 0] = [transactions[10], transactions[40]];
    const person = rows.find((row) => row.type === "person");
    if (!person) throw new Error("The generated file has persons");
    const takenId = "9d2f0c1e-5b6a-4c3d-8e7f-a1b2c3d4e5fa";
    const withIds = rows.map((row, index) => (index === taker || index === near ? { ...row, id: takenId } : row));
    // The same person again, in a later batch of the file.
    const far = 6_000;
    const file = [...withIds.slice(0, far), { ...person, firstName: "Twice" }, ...withIds.slice(far)];
    const before = await rowCounts();

    const { exitCode, report } = await runImportReporting("duplicates.jsonl", toJsonLines(file));

    expect(exitCode).toBe(importExitCodes.rejected);
    expect(report).toEqual([
      { line: near + 1, recordType: "transaction", path: "id", message: "Another record already has this id" },
      { line: far + 1, recordType: "person", path: "id", message: `A person with the id ${person.id} already exists` },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("imports a file whose rows refer to records already in the database, and the search index then equals the tables", async () => {
    const engine = new PostgresSearchEngine(database.db);
    const earlier = uniqueRows(600);
    expect((await runImport("earlier.jsonl", toJsonLines(earlier))).exitCode).toBe(importExitCodes.imported);
    const accounts = earlier.filter((row) => row.type === "rentAccount");
    const block = earlier.find((row) => row.assetType === "Block");
    const newcomers = accounts.slice(0, 20).map((account, index) => ({
      person: {
        type: "person" as const,
        id: `7e1b6f2a-3c4d-4e5f-8a9b-${String(index).padStart(12, "0")}`,
        title: "Mx",
        firstName: "Newcomer",
        surname: "Ravensworth",
        dateOfBirth: "1990-01-15",
        personTypes: ["HouseholdMember"],
        reason: "Joined the household",
      },
      tenureId: account.tenureId,
    }));
    const later: ImportFileRow[] = [
      {
        type: "asset",
        assetType: "Garage",
        propertyReference: "IMPT-LATER-G1",
        addressLine1: "Garage 1",
        parentId: block?.id,
      },
      ...newcomers.map(({ person }) => person),
      ...newcomers.map(({ person, tenureId }) => ({
        type: "householdMember" as const,
        tenureId,
        personId: person.id,
        isResponsible: false,
      })),
      ...accounts.flatMap((account) => [
        {
          type: "charge" as const,
          rentAccountId: account.id,
          charge: {
            chargeType: "NonDwellingRent",
            chargeCode: "NDR",
            description: "Garage",
            weeklyAmount: 9.5,
            startDate: "2025-05-05",
          },
        },
        {
          type: "transaction" as const,
          rentAccountId: account.id,
          transactionType: "Payment",
          transactionSource: "DD",
          transactionDate: "2025-05-05",
          transactionAmount: 30.25,
        },
      ]),
    ];
    const before = await rowCounts();

    const { exitCode } = await runImport("later.jsonl", toJsonLines(later));

    expect(exitCode).toBe(importExitCodes.imported);
    const after = await rowCounts();
    expect(after.transactions - before.transactions).toBe(accounts.length);
    expect(after.members - before.members).toBe(newcomers.length);
    expect(await ledgerBreaks(database.db)).toEqual({ wrongBalances: [], brokenChain: [], wrongClosing: [] });
    const household = await staff().tenure.get({ id: String(newcomers[0]?.tenureId) });
    expect(household.householdMembers.map((member) => member.id)).toContain(newcomers[0]?.person.id);

    await drainOutbox(database.db, engine);
    expect(await indexDifferences(database.db)).toEqual([]);
  });

  it("reports the rows of an invalid file that fail their schema when the database cannot be opened, and fails a valid file as before", async () => {
    const rows = uniqueRows(30);
    const at = rows.findIndex((row) => row.type === "tenure");
    const lines = toJsonLines(rows).split("\n");
    await writeFile(path.join(folder, "valid-no-database.jsonl"), lines.join("\n"));
    lines[at] = JSON.stringify({ ...rows[at], tenureTypeCode: "sec" });
    await writeFile(path.join(folder, "invalid-no-database.jsonl"), lines.join("\n"));
    let output = "";
    const withDatabaseInUse = (fileName: string) =>
      runImportCommand(
        [fileName],
        testIo((text) => (output += text)),
        () => Promise.reject(new Error("The database is in use")),
      );

    expect(await withDatabaseInUse("invalid-no-database.jsonl")).toBe(importExitCodes.rejected);
    expect(output).toContain(
      `Read 30 rows from invalid-no-database.jsonl in 0.0 s.\nRejected 1 rows:\n  line ${at + 1} (tenure) tenureTypeCode: Enter a tenure type code such as SEC`,
    );
    await expect(withDatabaseInUse("valid-no-database.jsonl")).rejects.toThrow("The database is in use");
  });

  it("answers a usage error, without opening the database, for a missing, empty, unknown or non-UTF-8 file or an unknown flag", async () => {
    let output = "";
    const withoutDatabase = (argv: string[]) =>
      runImportCommand(
        argv,
        testIo((text) => (output += text)),
        () => Promise.reject(new Error("The database is not needed")),
      );
    await writeFile(path.join(folder, "empty.csv"), "type,id\n");
    await writeFile(path.join(folder, "council.xlsx"), "x");
    await writeFile(
      path.join(folder, "latin-1.jsonl"),
      Buffer.from('{"type":"Person","firstName":"Zo\xeb"}\n', "latin1"),
    );

    expect(await withoutDatabase(["nowhere.jsonl"])).toBe(importExitCodes.usage);
    expect(await withoutDatabase(["empty.csv"])).toBe(importExitCodes.usage);
    expect(await withoutDatabase(["council.xlsx"])).toBe(importExitCodes.usage);
    expect(await withoutDatabase(["latin-1.jsonl"])).toBe(importExitCodes.usage);
    expect(await withoutDatabase(["empty.csv", "--force"])).toBe(importExitCodes.usage);
    expect(await withoutDatabase([])).toBe(importExitCodes.usage);
    expect(output).toContain("Cannot read");
    expect(output).toContain("empty.csv holds no rows");
    expect(output).toContain("latin-1.jsonl: The file is not UTF-8 text");
    expect(output).toContain("use a file ending .jsonl, .ndjson, .csv");
    expect(output).toContain("Unknown option '--force'");
    expect(output).toContain("Name one file to import");
  });
});
