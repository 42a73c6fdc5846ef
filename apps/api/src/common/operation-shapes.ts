import { type TRole, staffRoles } from "@housing/schemas/auth";
import { ZActivityInput, ZActivityPage } from "@housing/schemas/person";
import { ZIdInput } from "@housing/schemas/primitives";
import type { z } from "zod";
import type { DomainContext } from "./domain-context.ts";
import { defineOperation, operationDefiner } from "./operation.ts";

// The API's recurring kinds of operation, so that each convention (how a record is read by id, how a
// versioned change takes If-Match, how a creation answers) is written once.

type Schema = z.ZodType;
type Handler<I, O extends Schema> = (ctx: DomainContext, input: I) => Promise<z.input<O>>;
type VersionedInput<D> = { id: string; version: number; data: D };
type Described = { path: string; operationId: string; summary: string; description: string };
/** The output's version as the ETag, for outputs that have one (see OutputHeaders). */
type Etag<O extends Schema> = z.output<O> extends { version: number } ? string : never;

/** How a read by id describes what it answers: "The tenure" and "No such tenure", or in its own words. */
type Answer = { noun: string } | { description: string; notFound: string };
const answerWords = (answer: Answer) =>
  "noun" in answer ? { description: `The ${answer.noun}`, notFound: `No such ${answer.noun}` } : answer;

/** One record by id: a tRPC query and GET `path` (…/:id), 404 when there is none. */
export function readById<O extends Schema>(
  output: O,
  read: Handler<string, O>,
  rest: Omit<Described, "description"> &
    Answer & { etag?: Etag<O>; roles?: readonly TRole[]; errors?: Record<number, string> },
) {
  const { path, operationId, summary, etag, roles = staffRoles, errors } = rest;
  const { description, notFound } = answerWords(rest);
  return defineOperation({
    roles,
    input: ZIdInput,
    output,
    trpc: "query",
    handler: (ctx, input) => read(ctx, input.id),
    rest: {
      method: "GET",
      path,
      operationId,
      summary,
      params: ZIdInput,
      input: ({ params }) => params,
      description,
      ...(etag === undefined ? {} : { etag }),
      errors: { ...errors, 404: notFound },
    },
  });
}

/** Who changed what about a record, newest first: a tRPC query and GET `path` (…/:id/activity). */
export function activityOf(
  read: Handler<z.output<typeof ZActivityInput>, typeof ZActivityPage>,
  rest: Omit<Described, "description"> & {
    notFound: string;
    roles?: readonly TRole[];
    errors?: Record<number, string>;
  },
) {
  const { notFound, roles = staffRoles, errors, ...binding } = rest;
  return defineOperation({
    roles,
    input: ZActivityInput,
    output: ZActivityPage,
    trpc: "query",
    handler: read,
    rest: {
      method: "GET",
      params: ZIdInput,
      query: ZActivityInput.omit({ id: true }),
      input: ({ params, query }) => ({ ...query, id: params.id }),
      description: "A page of activity",
      errors: { ...errors, 404: notFound },
      ...binding,
    },
  });
}

/**
 * A read whose input is the query string: a tRPC query and GET `path`. `C` is the context its handler
 * needs (a search needs the engine).
 */
export function queryFrom<I extends Schema, O extends Schema, C extends DomainContext = DomainContext>(
  roles: readonly TRole[],
  input: I,
  output: O,
  read: (ctx: C, input: z.output<I>) => Promise<z.input<O>>,
  rest: Described & { errors: Record<number, string> },
) {
  return operationDefiner<C>()({
    roles,
    input,
    output,
    trpc: "query",
    handler: read,
    rest: { method: "GET", query: input, input: ({ query }) => query, ...rest },
  });
}

/** A new record from the request body: a tRPC mutation and POST `path`, 201 with its Location and ETag. */
export function createFrom<I extends Schema, O extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  create: Handler<z.output<I>, O>,
  rest: Omit<Described, "description"> & {
    description?: string;
    location: z.output<O> extends { id: string } ? string : never;
    etag?: Etag<O>;
    errors: Record<number, string>;
  },
) {
  return defineOperation({
    roles,
    input,
    output,
    trpc: "mutation",
    handler: create,
    rest: { method: "POST", body: input, input: ({ body }) => body, status: 201, description: "Created", ...rest },
  });
}

/**
 * A change to a record at the version the caller read: a tRPC mutation taking `{ id, version, data }`,
 * and `method` `path` (…/:id) with the changes as the body and the version in If-Match (required;
 * 404 before 409 when there is no such record).
 */
export function changeAtVersion<I extends z.ZodType<VersionedInput<z.output<B>>>, B extends Schema, O extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  change: Handler<z.output<I>, O>,
  rest: Described & {
    method: "PATCH" | "PUT";
    body: B;
    ifMatch: string;
    ensureExists: (ctx: DomainContext, id: string) => Promise<unknown>;
    status?: 200 | 204;
    etag: Etag<O>;
    errors: Record<number, string>;
  },
) {
  const { ifMatch, ensureExists, ...binding } = rest;
  return defineOperation({
    roles,
    input,
    output,
    trpc: "mutation",
    handler: change,
    rest: {
      params: ZIdInput,
      ifMatch: { description: ifMatch, ensureExists: (ctx, params) => ensureExists(ctx, params.id) },
      // The body was parsed by `body`, the data of `input`: together with the path and If-Match, its output.
      input: async ({ params, body, version }) =>
        ({ id: params.id, version: await version(), data: body }) as z.output<I>,
      ...binding,
    },
  });
}
