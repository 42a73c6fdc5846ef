import { type TRole, staffRoles } from "@housing/schemas/auth";
import { ZActivityInput, ZActivityPage } from "@housing/schemas/person";
import { ZId, ZIdInput } from "@housing/schemas/primitives";
import { z } from "zod";
import type { DomainContext } from "./domain-context.ts";
import { type OutputHeaders, type RestBinding, defineOperation, operationDefiner } from "./operation.ts";

// The API's recurring kinds of operation, so that each convention (how a record is read by id, how a
// versioned change or end takes If-Match, how a creation answers, how what a record owns is added and
// removed) is written once. rest-resource.ts binds them to one kind of record.

type Schema = z.ZodType;
/** A request body: an object, whose fields make part of the input. */
type BodySchema = z.ZodType<object>;
export type Handler<I, O extends Schema> = (ctx: DomainContext, input: I) => Promise<z.input<O>>;
export type VersionedInput<D> = { id: string; version: number; data: D };
/** How an edit at a version finds its record, so that an unknown one is a 404 before a missing If-Match is a 409. */
type EnsureExists = (ctx: DomainContext, id: string) => Promise<unknown>;
type Described = { path: string; operationId: string; summary: string; description: string };
/** The output's version as the ETag, for outputs that have one (see OutputHeaders). */
export type Etag<O extends Schema> = z.output<O> extends { version: number } ? string : never;
/** The output's place as the Location, for outputs that have an id (see OutputHeaders). */
type Location<O extends Schema> = z.output<O> extends { id: string } ? string : never;

/** How a read by id describes what it answers: "The tenure" and "No such tenure", or in its own words. */
export type Answer = { noun: string } | { description: string; notFound: string };
export const answerWords = (answer: Answer) =>
  "noun" in answer ? { description: `The ${answer.noun}`, notFound: `No such ${answer.noun}` } : answer;

/** An operation offered as a tRPC mutation and over REST as `rest`. */
function mutation<I extends Schema, O extends Schema, P extends Schema, Q extends Schema, B extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  handler: Handler<z.output<I>, O>,
  rest: RestBinding<I, P, Q, B> & OutputHeaders<O>["rest"],
) {
  return defineOperation({ roles, input, output, trpc: "mutation", handler, rest });
}

/** The record's id from the path and the version the caller read from If-Match, which is required. */
const idAtVersion = (ifMatch: string, ensureExists: EnsureExists) => ({
  params: ZIdInput,
  ifMatch: {
    description: ifMatch,
    ensureExists: (ctx: DomainContext, params: z.output<typeof ZIdInput>) => ensureExists(ctx, params.id),
  },
});

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

/**
 * A new record from the request body: a tRPC mutation and POST `path` (the collection), 201 with its
 * ETag and its Location in the collection (`path`/{id}).
 */
export function createFrom<I extends Schema, O extends z.ZodType<{ id: string }>>(
  roles: readonly TRole[],
  input: I,
  output: O,
  create: Handler<z.output<I>, O>,
  rest: Omit<Described, "description"> & { description?: string; etag?: Etag<O>; errors: Record<number, string> },
) {
  return mutation(roles, input, output, create, {
    method: "POST",
    body: input,
    input: ({ body }) => body,
    status: 201,
    description: "Created",
    location: `${rest.path}/{id}` as Location<O>,
    ...rest,
  });
}

/**
 * A change to a record at the version the caller read: a tRPC mutation taking `{ id, version, data }`,
 * and `method` `path` (…/:id) with the changes as the body and the version in If-Match (required;
 * 404 before 409 when there is no such record). Saved, unless it says otherwise.
 */
export function changeAtVersion<I extends z.ZodType<VersionedInput<z.output<B>>>, B extends Schema, O extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  change: Handler<z.output<I>, O>,
  rest: Omit<Described, "description"> & {
    method: "PATCH" | "PUT";
    body: B;
    ifMatch: string;
    ensureExists: EnsureExists;
    status?: 200 | 204;
    description?: string;
    etag?: Etag<O>;
    errors?: Record<number, string>;
  },
) {
  const { ifMatch, ensureExists, errors, ...binding } = rest;
  return mutation(roles, input, output, change, {
    ...idAtVersion(ifMatch, ensureExists),
    // The body was parsed by `body`, the data of `input`: together with the path and If-Match, its output.
    input: async ({ params, body, version }) =>
      ({ id: params.id, version: await version(), data: body }) as z.output<I>,
    description: "Saved",
    errors: { 409: "Missing or stale If-Match", ...errors },
    ...binding,
  });
}

/**
 * The end of a record at the version the caller read (a tenure, an alert, a charge): a tRPC mutation
 * and POST `path` (…/:id/end) with the details as the body and the version in If-Match (required;
 * 404 before 409 when there is no such record).
 */
export function endAtVersion<I extends Schema, B extends BodySchema, O extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  end: Handler<z.output<I>, O>,
  rest: Described & {
    body: B;
    ifMatch: string;
    ensureExists: EnsureExists;
    etag?: Etag<O>;
    errors: Record<number, string>;
  },
) {
  const { ifMatch, ensureExists, ...binding } = rest;
  return mutation(roles, input, output, end, {
    method: "POST",
    ...idAtVersion(ifMatch, ensureExists),
    // The body was parsed by `body`: with the id from the path and the version from If-Match, the input.
    input: async ({ params, body, version }) => ({ ...body, id: params.id, version: await version() }) as z.output<I>,
    ...binding,
  });
}

/**
 * Adds something to what a record owns (a consent, an identification): a tRPC mutation and POST
 * `path` (…/:id/<things>), 201; the body, with the record's id from the path as `owner`, is the input.
 */
export function addTo<I extends Schema, B extends BodySchema, O extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  add: Handler<z.output<I>, O>,
  rest: Described & { owner: string; body: B; errors: Record<number, string> },
) {
  const { owner, ...binding } = rest;
  return mutation(roles, input, output, add, {
    method: "POST",
    params: ZIdInput,
    input: ({ params, body }) => ({ ...body, [owner]: params.id }) as z.output<I>,
    status: 201,
    ...binding,
  });
}

/**
 * Removes one of the things a record owns: a tRPC mutation and DELETE `path` (…/:id/<things>/:<part>);
 * the input has the record's id as `owner` and the thing's as `part`.
 */
export function removeFrom<I extends Schema, O extends Schema>(
  roles: readonly TRole[],
  input: I,
  output: O,
  remove: Handler<z.output<I>, O>,
  rest: Described & { owner: string; part: string; errors: Record<number, string> },
) {
  const { owner, part, ...binding } = rest;
  return mutation(roles, input, output, remove, {
    method: "DELETE",
    params: z.strictObject({ id: ZId, [part]: ZId }),
    input: ({ params }) => ({ [owner]: params.id, [part]: params[part] }) as z.output<I>,
    ...binding,
  });
}
