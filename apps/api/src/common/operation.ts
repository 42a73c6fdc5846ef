import type { TRole } from "@housing/schemas/auth";
import type { z } from "zod";
import type { DomainContext } from "./domain-context.ts";

type Schema = z.ZodType;

/** What a REST binding's `input` gets to build the operation's input from the HTTP request. */
export type RestRequest<P extends Schema, Q extends Schema, B extends Schema> = {
  ctx: DomainContext;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  /** The version from If-Match; a missing one is a 409 (after `ifMatch.ensureExists` had its chance at 404). */
  version(): Promise<number>;
};

/**
 * How an operation is offered at a REST path: where its input comes from (path, query, body,
 * If-Match) and how its output is answered (status, ETag, Location). The output is validated
 * against the operation's output schema, as tRPC does.
 */
export type RestBinding<I extends Schema, P extends Schema, Q extends Schema, B extends Schema> = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Fastify syntax: /api/v1/persons/:id */
  path: string;
  operationId: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  ifMatch?: { description: string; ensureExists(ctx: DomainContext, params: z.output<P>): Promise<unknown> };
  input(request: RestRequest<P, Q, B>): z.output<I> | Promise<z.output<I>>;
  /** The success status (200 when omitted); 204 answers without a body. */
  status?: 200 | 201 | 204;
  /** What the success response means. */
  description: string;
  /** Sends the output's version as the ETag header, documented with this description. */
  etag?: string;
  /** Sends Location with the output's id in place of `{id}`, e.g. "/api/v1/persons/{id}". */
  location?: string;
  /** The error statuses worth documenting beyond 400, 401, 403 and 429, with what they mean here. */
  errors?: Record<number, string>;
};

/**
 * One operation, declared once: who may call it, its input and output schemas, the domain call,
 * and how it is offered over tRPC (as a query or a mutation) and/or REST.
 */
export type Operation<
  I extends Schema,
  O extends Schema,
  K extends "query" | "mutation" | undefined,
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  C extends DomainContext = DomainContext,
> = {
  roles: readonly TRole[];
  input: I;
  output: O;
  /** Offered as a tRPC procedure of this kind; REST only when omitted. */
  trpc?: K;
  rest?: RestBinding<I, P, Q, B>;
  handler(ctx: C, input: z.output<I>): z.input<O> | Promise<z.input<O>>;
};

/** ETag and Location are taken from the output, so only an output with a version or an id may ask for them. */
export type OutputHeaders<O extends Schema> = {
  rest?: {
    etag?: z.output<O> extends { version: number } ? string : never;
    location?: z.output<O> extends { id: string } ? string : never;
  };
};

/** An operation as the adapters read it: `trpc` says which kind of procedure, if any. */
export type DefinedOperation<
  I extends Schema,
  O extends Schema,
  K extends "query" | "mutation" | undefined,
> = Operation<I, O, K> & { trpc: K };

export type AnyOperation = DefinedOperation<Schema, Schema, "query" | "mutation" | undefined>;

/**
 * The `defineOperation` of a domain whose handlers need more than the DomainContext (search needs
 * its engine): the adapters hand every handler the whole request context, which has it.
 */
export function operationDefiner<C extends DomainContext>() {
  return function defineOperation<
    I extends Schema,
    O extends Schema,
    K extends "query" | "mutation" | undefined = undefined,
    P extends Schema = Schema,
    Q extends Schema = Schema,
    B extends Schema = Schema,
  >(operation: Operation<I, O, K, P, Q, B, C> & OutputHeaders<O>): DefinedOperation<I, O, K> {
    // The REST binding's request schemas only matter while declaring it; the adapter parses with them.
    return { ...operation, trpc: operation.trpc } as unknown as DefinedOperation<I, O, K>;
  };
}

/** Declares an operation with its precise types; the adapters read it as an `AnyOperation`. */
export const defineOperation = operationDefiner<DomainContext>();
