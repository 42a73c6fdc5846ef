import { afterEach, describe, expect, it, vi } from "vitest";
import { housingErrorCode, housingFieldErrors, isHousingClientError } from "./errors.js";
import { createHousingClient } from "./housing-client.js";

type Sent = { url: string; headers: Headers };

/** Stands in for the server: answers each batched call in order and records what was sent. */
function fakeServer(answers: unknown[], status = 200): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(input), headers: new Headers(init?.headers) });
    return new Response(JSON.stringify(answers), { status, headers: { "content-type": "application/json" } });
  });
  return sent;
}

const health = { status: "healthy", checks: { database: { status: "up", latencyMs: 1 } } };
const me = { id: "u-1", name: "Lettings", email: "l@example.org", roles: ["admin"], serviceAreas: ["housing"] };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createHousingClient", () => {
  it("batches calls made together into one request with the bearer token and a fresh correlation id", async () => {
    const sent = fakeServer([{ result: { data: me } }, { result: { data: health } }]);
    const client = createHousingClient({ url: "http://housing.test/trpc", getToken: async () => "jwt-1" });

    const [who, ping] = await Promise.all([client.auth.me.query(), client.health.ping.query()]);

    expect(who.name).toBe("Lettings");
    expect(ping.status).toBe("healthy");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toContain("/trpc/auth.me,health.ping?batch=1");
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer jwt-1");
    expect(sent[0]?.headers.get("x-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("sends the caller's correlation id and fixed token", async () => {
    const sent = fakeServer([{ result: { data: health } }]);
    const client = createHousingClient({ url: "http://housing.test/trpc", token: "jwt-2", correlationId: "job-7" });

    await client.health.ping.query();

    expect(sent[0]?.headers.get("authorization")).toBe("Bearer jwt-2");
    expect(sent[0]?.headers.get("x-correlation-id")).toBe("job-7");
  });
});

describe("API errors", () => {
  it("carry the server's code, status, correlation id and field errors", async () => {
    const data = {
      code: "BAD_REQUEST",
      httpStatus: 400,
      path: "person.create",
      correlationId: "job-8",
      fieldErrors: [{ path: "firstName", message: "Enter a first name" }],
    };
    fakeServer([{ error: { message: "The request has invalid fields", code: -32600, data } }], 400);
    const client = createHousingClient({ url: "http://housing.test/trpc", token: "jwt" });

    const error = await client.health.ping.query().catch((thrown: unknown) => thrown);

    expect(isHousingClientError(error)).toBe(true);
    expect(housingErrorCode(error)).toBe("BAD_REQUEST");
    expect(housingFieldErrors(error)).toEqual([{ path: "firstName", message: "Enter a first name" }]);
    expect(isHousingClientError(error) && error.data?.correlationId).toBe("job-8");
  });

  it("are told apart from other errors", () => {
    expect(isHousingClientError(new Error("network"))).toBe(false);
    expect(housingErrorCode(new Error("network"))).toBeUndefined();
    expect(housingFieldErrors("nothing")).toEqual([]);
  });
});
