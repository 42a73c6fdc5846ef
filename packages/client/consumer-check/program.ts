// A program another council system could write, compiled against the packed @housing/client alone
// (scripts/check-client-package.ts) under NodeNext, Bundler and Node10 resolution, then run against
// a started server as an ES module and as CommonJS.
import {
  type HousingInputs,
  type HousingOutputs,
  createHousingClient,
  housingErrorCode,
  housingFieldErrors,
  isHousingClientError,
} from "@housing/client";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`Failed: ${what}`);
}

async function refusal(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("Failed: the call was expected to be refused");
}

async function main(): Promise<void> {
  const url = `${process.env["HOUSING_URL"]}/trpc`;
  const token = process.env["HOUSING_TOKEN"] ?? "";
  const run = process.env["CONSUMER_RUN"] ?? "run";
  let requests = 0;
  const client = createHousingClient({
    url,
    getToken: async () => token,
    correlationId: () => `consumer-${run}-${++requests}`,
  });

  const me: HousingOutputs["auth"]["me"] = await client.auth.me.query();
  check(me.roles.includes("admin"), "auth.me names the signed-in role");

  const surname = `Consumer${run}${Date.now().toString(36)}`;
  const newPerson: HousingInputs["person"]["create"] = {
    firstName: "Client",
    surname,
    title: "Mx",
    dateOfBirth: "1980-02-03",
    personTypes: ["Tenant"],
    reason: "Created by the client package check",
  };
  const created = await client.person.create.mutate(newPerson);
  const person = await client.person.get.query({ id: created.id });
  check(person.surname === surname && person.dateOfBirth === "1980-02-03", "person.get returns the created person");

  // Calls made together go in one HTTP request, so they share one correlation id.
  const before = requests;
  const [again, health] = await Promise.all([client.person.get.query({ id: created.id }), client.health.ping.query()]);
  check(again.id === created.id && health.status !== "unhealthy", "batched calls answer");
  check(requests === before + 1, "two calls in the same tick were batched into one request");

  const deadline = Date.now() + 30_000;
  let found: HousingOutputs["search"]["persons"]["results"]["persons"] = [];
  while (found.length === 0 && Date.now() < deadline) {
    found = (await client.search.persons.query({ searchText: surname })).results.persons;
  }
  check(
    found.some((match) => match.id === created.id),
    "search.persons finds the new person",
  );

  const missing = await refusal(client.person.get.query({ id: "00000000-0000-4000-8000-000000000000" }));
  check(housingErrorCode(missing) === "NOT_FOUND", "an unknown person is NOT_FOUND");
  check(isHousingClientError(missing) && missing.data?.httpStatus === 404, "the error carries its HTTP status");
  const correlationId = isHousingClientError(missing) ? missing.data?.correlationId : undefined;
  check(correlationId === `consumer-${run}-${requests}`, "the error carries the request's correlation id");

  const invalid = await refusal(client.person.create.mutate({ ...newPerson, firstName: "" }));
  check(housingErrorCode(invalid) === "BAD_REQUEST", "an empty first name is BAD_REQUEST");
  check(
    housingFieldErrors(invalid).some((field) => field.path === "firstName"),
    "the BAD_REQUEST names the firstName field",
  );

  const anonymous = createHousingClient({ url, token: "not-a-token" });
  check(housingErrorCode(await refusal(anonymous.auth.me.query())) === "UNAUTHORIZED", "a bad token is UNAUTHORIZED");
  console.log(`consumer ${run}: ${requests} requests, every check passed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
