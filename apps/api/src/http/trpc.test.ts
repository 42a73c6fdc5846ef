import type { Db } from "@housing/db/client";
import type { TRole } from "@housing/schemas/auth";
import { TRPCError, getErrorShape } from "@trpc/server";
import { pino } from "pino";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { appRouter } from "../composition/app-router.ts";
import { financeManagerRoles, financeRoles, housingRoles, housingWriteRoles } from "../auth/access.ts";
import type { Actor } from "../auth/actor.ts";
import { serviceAreasForRoles } from "../auth/roles.ts";
import { createContextInner } from "../composition/context.ts";
import { AppError } from "../kernel/app-error.ts";
import { createCallerFactory, publicProcedure, requireRole, router, staffProcedure } from "./trpc.ts";

// These procedures never touch the database.
const db = {} as Db;

function actorWith(...roles: TRole[]): Actor {
  return { id: "u1", name: "Test User", email: "test@example.org", roles, serviceAreas: serviceAreasForRoles(roles) };
}

const testRouter = router({
  staff: staffProcedure.query(() => "ok"),
  housing: requireRole(...housingRoles).query(() => "ok"),
  housingWrite: requireRole(...housingWriteRoles).mutation(() => "ok"),
  finance: requireRole(...financeRoles).query(() => "ok"),
  financeManager: requireRole(...financeManagerRoles).query(() => "ok"),
  notFound: publicProcedure.query(() => {
    throw new AppError("NotFound", "There is no person p1");
  }),
  validated: publicProcedure
    .input(z.object({ firstName: z.string().min(1, "Enter a first name"), age: z.number().int() }))
    .mutation(() => "ok"),
  crash: publicProcedure.query(() => {
    throw new Error("connection refused at 10.0.0.7");
  }),
});

function callerFor(actor: Actor | null) {
  const logger = pino({ level: "silent" });
  const warn = vi.spyOn(logger, "warn");
  const caller = createCallerFactory(testRouter)(createContextInner({ db, actor, correlationId: "corr-1", logger }));
  return { caller, warn };
}

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("procedure builders", () => {
  it("an anonymous caller is UNAUTHORIZED on staff procedures", async () => {
    expect((await errorOf(callerFor(null).caller.staff())).code).toBe("UNAUTHORIZED");
  });

  it("any role is staff, but a token granting no role is FORBIDDEN", async () => {
    await expect(callerFor(actorWith("social-care-officer")).caller.staff()).resolves.toBe("ok");
    expect((await errorOf(callerFor(actorWith()).caller.staff())).code).toBe("FORBIDDEN");
  });

  it.each([
    ["housing", ["housing-officer", "housing-manager", "admin"]],
    ["housingWrite", ["housing-officer", "housing-manager", "admin", "integration-service"]],
    ["finance", ["finance-officer", "finance-manager", "admin"]],
    ["financeManager", ["finance-manager", "admin"]],
  ] as const)("%s procedures admit exactly %j", async (procedure, allowed) => {
    const { roles } = await import("@housing/schemas/auth");
    for (const role of roles) {
      const { caller } = callerFor(actorWith(role));
      const call = caller[procedure]();
      if ((allowed as readonly string[]).includes(role)) await expect(call, role).resolves.toBe("ok");
      else expect((await errorOf(call)).code, role).toBe("FORBIDDEN");
    }
  });

  it("a refusal is FORBIDDEN with a reason naming the roles, and is logged", async () => {
    const { caller, warn } = callerFor(actorWith("finance-officer"));
    const error = await errorOf(caller.housing());
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("housing-officer");
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ actorId: "u1", action: "housing" }),
      expect.any(String),
    );
  });
});

describe("errors through tRPC", () => {
  it("an AppError becomes the tRPC code the table names", async () => {
    const error = await errorOf(callerFor(null).caller.notFound());
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("There is no person p1");
  });

  it("invalid input is BAD_REQUEST carrying the zod error", async () => {
    const error = await errorOf(callerFor(null).caller.validated({ firstName: "", age: 1.5 }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("an unexpected error is INTERNAL_SERVER_ERROR", async () => {
    expect((await errorOf(callerFor(null).caller.crash())).code).toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("the error shape clients receive", () => {
  const ctx = createContextInner({ db, actor: null, correlationId: "corr-9", logger: pino({ level: "silent" }) });
  const shapeOf = (error: TRPCError) =>
    getErrorShape({ config: testRouter._def._config, error, type: "mutation", path: "validated", input: {}, ctx });

  it("invalid input lists every failing field with its message, and the correlation id", async () => {
    const { caller } = callerFor(null);
    const shape = shapeOf(await errorOf(caller.validated({ firstName: "", age: 1.5 })));
    expect(shape.message).toBe("The request has invalid fields");
    expect(shape.data.correlationId).toBe("corr-9");
    expect(shape.data.httpStatus).toBe(400);
    expect(shape.data.fieldErrors).toContainEqual({ path: "firstName", message: "Enter a first name" });
    expect(shape.data.fieldErrors?.map((fieldError) => fieldError.path)).toEqual(["firstName", "age"]);
  });

  it("an unexpected error says only 'Internal server error', with no stack", async () => {
    const shape = shapeOf(await errorOf(callerFor(null).caller.crash()));
    expect(shape.message).toBe("Internal server error");
    expect(JSON.stringify(shape)).not.toContain("10.0.0.7");
    expect(shape.data).not.toHaveProperty("stack");
  });

  it("a domain error keeps its own message", async () => {
    const shape = shapeOf(await errorOf(callerFor(null).caller.notFound()));
    expect(shape).toMatchObject({ message: "There is no person p1", data: { code: "NOT_FOUND", httpStatus: 404 } });
  });
});

describe("auth.me", () => {
  it("returns the actor the token describes", async () => {
    const actor = actorWith("housing-manager");
    const caller = createCallerFactory(appRouter)(createContextInner({ db, actor, logger: pino({ level: "silent" }) }));
    await expect(caller.auth.me()).resolves.toEqual(actor);
  });
});
