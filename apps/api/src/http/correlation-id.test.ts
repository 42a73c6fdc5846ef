import { describe, expect, it } from "vitest";
import { correlationIdFrom } from "./correlation-id.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("correlation ids", () => {
  it("a sane caller-supplied id is kept", () => {
    expect(correlationIdFrom("lettings-2026-03-02.abc:17")).toBe("lettings-2026-03-02.abc:17");
  });

  it("a missing id is generated as a UUID", () => {
    expect(correlationIdFrom(undefined)).toMatch(uuid);
  });

  it.each([["with spaces"], ['quote"d'], ["line\nbreak"], ["x".repeat(200)], [""]])(
    "an unsafe id (%j) is replaced",
    (header) => {
      expect(correlationIdFrom(header)).toMatch(uuid);
    },
  );
});
