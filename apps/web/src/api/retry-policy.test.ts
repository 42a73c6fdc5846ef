import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error.ts";
import { shouldRetry } from "./retry-policy.ts";

describe("retrying failed queries", () => {
  it.each([400, 401, 403, 404, 409])("a %i is never retried", (status) => {
    expect(shouldRetry(0, new ApiError(status, "refused"))).toBe(false);
  });

  it("a tRPC error answered with a 4xx is not retried either", () => {
    const notFound = TRPCClientError.from({
      error: { code: -32004, message: "Person not found", data: { code: "NOT_FOUND", httpStatus: 404 } },
    });
    expect(shouldRetry(0, notFound)).toBe(false);
  });

  it("a server or network failure is retried twice, then given up", () => {
    const serverError = new ApiError(503, "unavailable");
    expect(shouldRetry(0, serverError)).toBe(true);
    expect(shouldRetry(1, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(2, serverError)).toBe(false);
  });
});
