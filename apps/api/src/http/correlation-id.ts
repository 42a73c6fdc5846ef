import { randomUUID } from "node:crypto";

export const correlationIdHeader = "x-correlation-id";

// Short and log-safe: no spaces, quotes or control characters a caller could inject into logs.
const saneCorrelationId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The caller's correlation id when it is sane, otherwise a fresh one. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && saneCorrelationId.test(candidate) ? candidate : randomUUID();
}
