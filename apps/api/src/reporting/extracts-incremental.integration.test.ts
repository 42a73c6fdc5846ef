import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeTenure, makeTenureType, personInput } from "../testing/factories.ts";
import { extractClient, extractEntities, loadJson } from "../testing/extract-client.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let getExtract: ReturnType<typeof extractClient>;

const entities = extractEntities;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  getExtract = extractClient(server);
  await makeTenureType(database.db, "SEC", "Tenancy");
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const idsOf = (records: readonly Record<string, unknown>[]) => records.map((record) => String(record.id)).sort();

it("a load with modifiedSince set to the last load's X-Extract-As-Of holds exactly the records changed since", async () => {
  const { db } = database;
  const housing = callerFor(db, actorWithRole("housing-officer"));
  const money = callerFor(db, actorWithRole("integration-service"));
  const [changed, joining, untouched] = await Promise.all([1, 2, 3].map(() => housing.person.create(personInput())));
  if (!changed || !joining || !untouched) throw new Error("persons not made");
  const household = await makeTenure(db);
  const ending = await makeTenure(db);
  await housing.tenure.addHouseholdMember({ tenureId: household.id, personId: changed.id, isResponsible: true });
  const account = await money.finance.createRentAccount({ tenureId: household.id });
  const charge = await money.finance.addCharge({
    rentAccountId: account.id,
    charge: {
      chargeType: "DwellingRent",
      chargeCode: "DWR",
      description: "Rent",
      weeklyAmount: 95,
      startDate: "2024-04-01",
    },
  });
  const payment = { rentAccountId: account.id, transactionType: "Payment", transactionSource: "DD" } as const;
  await money.finance.recordTransaction({ ...payment, transactionDate: "2024-04-08", transactionAmount: 95 });

  const first = Object.fromEntries(
    await Promise.all(entities.map(async (entity) => [entity, await loadJson(getExtract, entity)] as const)),
  );

  await housing.person.update({ id: changed.id, version: changed.version, data: { surname: "Renamed" } });
  const email = await housing.contactDetails.create({
    targetId: untouched.id,
    targetType: "person",
    contactInformation: { contactType: "email", subType: "home", value: "new.address@example.org" },
    sourceServiceArea: { area: "housing", isDefault: false },
  });
  await housing.tenure.update({ id: ending.id, version: 1, data: { endOfTenureDate: "2024-03-31" } });
  await housing.tenure.addHouseholdMember({ tenureId: household.id, personId: joining.id, isResponsible: false });
  const recorded = await money.finance.recordTransaction({
    ...payment,
    transactionDate: "2024-04-15",
    transactionAmount: 20,
  });
  await money.finance.endCharge({ id: charge.id, version: charge.version, endDate: "2024-12-31" });

  const since = async (entity: (typeof entities)[number]) =>
    idsOf((await loadJson(getExtract, entity, { modifiedSince: first[entity]?.asOf ?? "" })).records);
  expect(await since("persons")).toEqual([changed.id, joining.id].sort()); // the joiner's person types followed
  expect(await since("contact-details")).toEqual([email.id]);
  expect(await since("assets")).toEqual([]);
  expect(await since("tenures")).toEqual([household.id, ending.id].sort());
  // The household changed, so all its members come again: a loader replaces that tenure's members.
  expect(await since("household-members")).toEqual(
    [`${household.id}:${changed.id}`, `${household.id}:${joining.id}`].sort(),
  );
  expect(await since("rent-accounts")).toEqual([account.id]);
  expect(await since("charges")).toEqual([charge.id]);
  expect(await since("transactions")).toEqual([recorded.id]);

  const renamed = await loadJson(getExtract, "persons", { modifiedSince: first.persons?.asOf ?? "" });
  expect(renamed.records.find((p) => p.id === changed.id)).toMatchObject({ surname: "Renamed" });
  expect(renamed.records.find((p) => p.id === joining.id)).toMatchObject({ personTypes: ["HouseholdMember"] });
});
