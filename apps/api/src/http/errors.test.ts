import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../kernel/app-error.ts";
import { appErrorCodes, appErrorResponse, fieldErrorsFromZod, invalidInputBody } from "./errors.ts";

describe("the error table", () => {
  it.each([
    ["NotFound", "NOT_FOUND", 404],
    ["Conflict", "CONFLICT", 409],
    ["Forbidden", "FORBIDDEN", 403],
    ["Invalid", "BAD_REQUEST", 400],
    ["Unauthenticated", "UNAUTHORIZED", 401],
    ["TooManyRequests", "TOO_MANY_REQUESTS", 429],
    ["Busy", "SERVICE_UNAVAILABLE", 503],
  ] as const)("%s is tRPC %s and HTTP %i", (code, trpc, http) => {
    expect(appErrorCodes[code]).toEqual({ trpc, http });
  });

  it("an AppError answers with its status, message, code and details", () => {
    const error = new AppError("Conflict", "Someone else saved this person first", { expected: 3, actual: 4 });
    expect(appErrorResponse(error, "c-1")).toEqual({
      status: 409,
      body: {
        message: "Someone else saved this person first",
        code: "Conflict",
        details: { expected: 3, actual: 4 },
        correlationId: "c-1",
      },
    });
  });

  it("an Invalid AppError with field errors lists them as fieldErrors", () => {
    const error = new AppError("Invalid", "Check the date", {
      fieldErrors: [{ path: "dateOfBirth", message: "This date cannot be in the future" }],
    });
    expect(appErrorResponse(error).body.fieldErrors).toEqual([
      { path: "dateOfBirth", message: "This date cannot be in the future" },
    ]);
  });
});

describe("zod errors as field errors", () => {
  const schema = z.object({
    firstName: z.string().min(1, "Enter a first name"),
    address: z.object({ postcode: z.string().regex(/^[A-Z]/, "Enter a real postcode") }),
    personTypes: z.array(z.enum(["Tenant", "Leaseholder"])).min(1, "Choose at least one person type"),
  });

  it("every failing field is listed with its dotted path and message", () => {
    const result = schema.safeParse({ firstName: "", address: { postcode: "e8" }, personTypes: ["Tenant", "Nobody"] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fieldErrors = fieldErrorsFromZod(result.error);
    expect(fieldErrors).toContainEqual({ path: "firstName", message: "Enter a first name" });
    expect(fieldErrors).toContainEqual({ path: "address.postcode", message: "Enter a real postcode" });
    expect(fieldErrors.map((fieldError) => fieldError.path)).toContain("personTypes.1");
    expect(fieldErrors).toHaveLength(3);
  });

  it("the 400 body says the request has invalid fields and carries the correlation id", () => {
    const result = schema.safeParse({});
    if (result.success) throw new Error("expected a failure");
    const body = invalidInputBody(result.error, "c-2");
    expect(body).toMatchObject({ message: "The request has invalid fields", code: "Invalid", correlationId: "c-2" });
    expect(body.fieldErrors?.map((fieldError) => fieldError.path).sort()).toEqual([
      "address",
      "firstName",
      "personTypes",
    ]);
  });
});
