import type { TRole } from "@housing/schemas/auth";
import type { ZActivityInput, ZActivityPage } from "@housing/schemas/person";
import type { z } from "zod";
import {
  type Answer,
  type Etag,
  type Handler,
  type VersionedInput,
  activityOf,
  answerWords,
  changeAtVersion,
  createFrom,
  endAtVersion,
  readById,
} from "./operation-shapes.ts";

type Schema = z.ZodType;
type Errors = Record<number, string>;
/** Who may read, when not every member of staff, and what else a read may answer. */
type Readers = { roles?: readonly TRole[]; errors?: Errors };

/**
 * A kind of record offered over REST, declared once: its name, which names its operations (getTenure,
 * createTenure, updateTenure, endTenure, getTenureActivity), its collection (/api/v1/tenures, the
 * record at …/:id), its schema, how it is read by id (GET …/:id, and the 404 before a change's 409),
 * its ETag and If-Match and the words its answers use. Each operation then says only what is its
 * own: who may call it, its input, its summary and its errors.
 */
export function restResource<O extends z.ZodType<{ id: string }>>(
  name: string,
  collection: string,
  record: O,
  read: Handler<string, O>,
  resource: Answer & { etag?: Etag<O>; ifMatch?: string },
) {
  const { etag, ifMatch = "The version last read (required)" } = resource;
  const { notFound } = answerWords(resource);
  const byId = `${collection}/:id`;
  const headers = etag === undefined ? {} : { etag };
  return {
    /** GET …/:id: the record, 404 when there is none. */
    get: (summary: string, readers?: Readers) =>
      readById(record, read, {
        path: byId,
        operationId: `get${name}`,
        summary,
        ...answerWords(resource),
        ...headers,
        ...readers,
      }),
    /** POST to the collection: 201 with the record's Location and ETag (named create<Name> unless it says otherwise). */
    create: <I extends Schema>(
      roles: readonly TRole[],
      input: I,
      create: Handler<z.output<I>, O>,
      rest: { summary: string; operationId?: string; description?: string; errors: Errors },
    ) =>
      createFrom(roles, input, record, create, { path: collection, operationId: `create${name}`, ...headers, ...rest }),
    /** PATCH or PUT …/:id with the version the caller read in If-Match. */
    change: <I extends z.ZodType<VersionedInput<z.output<B>>>, B extends Schema>(
      roles: readonly TRole[],
      input: I,
      change: Handler<z.output<I>, O>,
      rest: { method: "PATCH" | "PUT"; summary: string; body: B; status?: 204; description?: string; errors?: Errors },
    ) =>
      changeAtVersion(roles, input, record, change, {
        path: byId,
        operationId: `update${name}`,
        ifMatch,
        ensureExists: read,
        ...headers,
        ...rest,
        errors: { 404: notFound, ...rest.errors },
      }),
    /** POST …/:id/end with the version the caller read in If-Match. */
    end: <I extends Schema, B extends z.ZodType<object>>(
      roles: readonly TRole[],
      input: I,
      end: Handler<z.output<I>, O>,
      rest: { summary: string; body: B; description: string; errors: Errors },
    ) =>
      endAtVersion(roles, input, record, end, {
        path: `${byId}/end`,
        operationId: `end${name}`,
        ifMatch,
        ensureExists: read,
        ...headers,
        ...rest,
        errors: { 404: notFound, ...rest.errors },
      }),
    /** GET …/:id/activity: who changed what about the record, newest first. */
    activity: (
      readActivity: Handler<z.output<typeof ZActivityInput>, typeof ZActivityPage>,
      summary: string,
      readers?: Readers,
    ) =>
      activityOf(readActivity, {
        path: `${byId}/activity`,
        operationId: `get${name}Activity`,
        summary,
        notFound,
        ...readers,
      }),
  };
}
