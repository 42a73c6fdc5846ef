import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { ApiError, fieldErrorsOf } from "./api-error.ts";

describe("field errors from the API", () => {
  const dateOfBirth = { path: "dateOfBirth", message: "This date cannot be in the future" };

  it("a REST 400 gives its field errors", async () => {
    const response = new Response(
      JSON.stringify({ message: "The request has invalid fields", fieldErrors: [dateOfBirth] }),
      {
        status: 400,
        headers: { "content-type": "application/json" },
      },
    );
    const error = await ApiError.fromResponse(response);
    expect(error.status).toBe(400);
    expect(fieldErrorsOf(error)).toEqual([dateOfBirth]);
  });

  it("a tRPC BAD_REQUEST gives the field errors the server's formatter added", () => {
    const error = TRPCClientError.from({
      error: {
        code: -32600,
        message: "The request has invalid fields",
        data: { code: "BAD_REQUEST", httpStatus: 400, fieldErrors: [dateOfBirth] },
      },
    });
    expect(fieldErrorsOf(error)).toEqual([dateOfBirth]);
  });

  it("a response that is not JSON still gives an error with its status", async () => {
    const error = await ApiError.fromResponse(new Response("Bad gateway", { status: 502, statusText: "Bad Gateway" }));
    expect(error).toMatchObject({ status: 502, message: "Bad Gateway", fieldErrors: [] });
    expect(fieldErrorsOf(new Error("network"))).toEqual([]);
  });
});
