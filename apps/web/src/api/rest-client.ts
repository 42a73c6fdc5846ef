import type { z } from "zod";
import { ApiError } from "./api-error.ts";
import { sessionFetch } from "./session-fetch.ts";

type RequestOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
};

/** Calls a REST endpoint under /api/v1 and parses the answer with the endpoint's shared schema. */
export async function requestJson<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  { method = "GET", body, signal }: RequestOptions = {},
): Promise<z.infer<TSchema>> {
  const response = await sessionFetch(`/api/v1${path}`, {
    method,
    headers: {
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw await ApiError.fromResponse(response);
  return schema.parse(await response.json());
}
