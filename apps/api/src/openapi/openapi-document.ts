import { ZErrorResponse } from "@housing/schemas/errors";
import { z } from "zod";
import { correlationIdHeader } from "../http/correlation-id.ts";
import type { AnyRestRoute, RestResponse } from "../http/rest-route.ts";

type JsonSchema = Record<string, unknown>;

/**
 * A route's schema as JSON Schema. Its named parts (`.meta({ id })`, which a recursive schema needs)
 * move to the document's `components.schemas` and are referred to there: a `#/$defs/…` reference
 * inside the document would point at the document's root, where there are none.
 */
function jsonSchema(schema: z.ZodType, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const {
    $schema: _ignored,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  if (!$defs) return rest;
  const pointed = (value: JsonSchema) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  for (const [name, definition] of Object.entries($defs)) {
    // Unnamed parts are numbered per schema, so two schemas' numbers would collide here.
    if (name.startsWith("__")) throw new Error(`Name each recursive schema with .meta({ id }) (found ${name})`);
    components[name] = pointed(definition);
  }
  return pointed(rest);
}

function parameters(schema: z.ZodType | undefined, location: "path" | "query", components: Record<string, JsonSchema>) {
  if (!schema) return [];
  const json = jsonSchema(schema, "input", components) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === "string" ? { description: property.description } : {}),
  }));
}

function headerParameters(route: AnyRestRoute) {
  return Object.entries({
    ...route.requestHeaders,
    [correlationIdHeader]: "Your own id for the request, to find it in the logs (one is made up when missing)",
  }).map(([name, description]) => ({
    name,
    in: "header",
    // Versioned writes refuse a request without the version last read (409).
    required: name.toLowerCase() === "if-match",
    description,
    schema: { type: "string" },
  }));
}

/**
 * Every route may answer 401, 403 and 429 (and 400 when it takes input, 503 when it writes); a
 * route's own 403 says more.
 */
function responsesOf(route: AnyRestRoute): Record<string, RestResponse> {
  const takesInput = Boolean(route.params ?? route.query ?? route.body);
  return {
    ...(takesInput
      ? { 400: { description: "Invalid input; the fields at fault are named", schema: ZErrorResponse } }
      : {}),
    401: { description: "No valid token", schema: ZErrorResponse },
    403: { description: "The caller's roles do not allow this", schema: ZErrorResponse },
    429: {
      description: "Too many failed sign-ins from the caller's address",
      schema: ZErrorResponse,
      headers: { "retry-after": "Seconds until the address may try again" },
    },
    ...(route.method === "GET"
      ? {}
      : {
          503: {
            description:
              "The database was busy with other work (a long import, say) and could not finish the write in time; nothing was saved",
            schema: ZErrorResponse,
            headers: { "retry-after": "Seconds to wait before trying again" },
          },
        }),
    ...route.responses,
  };
}

function responseObject(response: RestResponse, components: Record<string, JsonSchema>) {
  return {
    description: response.description,
    headers: Object.fromEntries(
      Object.entries({
        ...response.headers,
        [correlationIdHeader]: "The request's correlation id, as sent or made up",
      }).map(([name, description]) => [name, { description, schema: { type: "string" } }]),
    ),
    ...(response.schema
      ? {
          content: {
            [response.contentType ?? "application/json"]: { schema: jsonSchema(response.schema, "output", components) },
          },
        }
      : {}),
    ...(response.content
      ? {
          content: Object.fromEntries(
            Object.entries(response.content).map(([type, schema]) => [
              type,
              { schema: jsonSchema(schema, "output", components) },
            ]),
          ),
        }
      : {}),
  };
}

function operationObject(route: AnyRestRoute, components: Record<string, JsonSchema>) {
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    description: `Roles: ${route.roles.join(", ")}.`,
    parameters: [
      ...parameters(route.params, "path", components),
      ...parameters(route.query, "query", components),
      ...headerParameters(route),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(route.body, "input", components) } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responsesOf(route)).map(([status, response]) => [status, responseObject(response, components)]),
    ),
    security: [{ bearerAuth: [] }],
  };
}

/** The OpenAPI 3.1 document of every REST route, built from the routes' own zod schemas. */
export function openApiDocument(routes: readonly AnyRestRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operationObject(route, schemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Housing Platform API",
      version: "1.0.0",
      description:
        "Persons, contact details, tenures, assets, finance and search for a council's housing service. " +
        "Send `Authorization: Bearer <JWT>`. Versioned records answer with an `ETag`; send it back in `If-Match`.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas,
    },
    paths,
  };
}
