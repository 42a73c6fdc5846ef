import type { Random } from "@housing/db/random";
import { unstorableTexts } from "./schema-fields.ts";

/** A JSON Schema node as the OpenAPI document writes it (zod's toJSONSchema), as far as a fuzzer needs. */
export type FuzzSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, FuzzSchema>;
  required?: string[];
  items?: FuzzSchema;
  anyOf?: FuzzSchema[];
  oneOf?: FuzzSchema[];
  allOf?: FuzzSchema[];
};

/** Values that have broken servers: unstorable text, LIKE wildcards, numbers past every column, odd shapes. */
export const hostileValues: readonly unknown[] = [
  null,
  "",
  " ",
  ...Object.values(unstorableTexts),
  "\udfff",
  "%",
  "_",
  "\\",
  "%_\\*?",
  "a".repeat(20_000),
  "\u202e\u200b👩‍👩‍👧",
  '\'; DROP TABLE "Person"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "2024-02-30",
  "0000-01-01",
  "9999-12-31",
  "+275760-09-13T00:00:00.000Z",
  9007199254740991,
  -9007199254740991,
  1e308,
  -1e308,
  1e15,
  0.001,
  -1,
  0,
  true,
  "true",
  [],
  [null],
  {},
  { nested: { deeper: [{ deepest: "x" }] } },
];

/** Raw query or path text, percent-encoded as hostile clients send it (NUL, broken UTF-8, wildcards). */
export const hostileRawParameters: readonly string[] = [
  "%00",
  "ab%00cd",
  "%ED%A0%80",
  "%FF%FE",
  "%25",
  "N_ozi",
  "%5C",
  "9007199254740991",
  "-9007199254740991",
  "1e309",
  "NaN",
  "",
  "true",
  "TRUE",
  "null",
  "%5B%5D",
  "a".repeat(5_000),
];

function resolve(schema: FuzzSchema, components: Record<string, FuzzSchema>): FuzzSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops += 1) {
    current = components[current.$ref.replace("#/components/schemas/", "")] ?? {};
  }
  return current;
}

/**
 * A value the schema would mostly accept, so that requests reach the domain code behind the
 * validation, drawn from the known ids where a field wants an id.
 */
export function plausibleValue(
  schema: FuzzSchema,
  context: { random: Random; components: Record<string, FuzzSchema>; ids: readonly string[]; depth?: number },
): unknown {
  const { random } = context;
  const depth = context.depth ?? 0;
  const node = resolve(schema, context.components);
  const branches = node.anyOf ?? node.oneOf;
  if (branches && branches.length > 0) return plausibleValue(random.pick(branches), { ...context, depth });
  if (node.allOf && node.allOf.length > 0) return plausibleValue(random.pick(node.allOf), { ...context, depth });
  if (node.const !== undefined) return node.const;
  if (node.enum && node.enum.length > 0) return random.pick(node.enum);
  const types = Array.isArray(node.type) ? node.type.filter((t) => t !== "null") : node.type ? [node.type] : [];
  const type = types.length > 0 ? random.pick(types) : node.properties ? "object" : "string";
  switch (type) {
    case "object": {
      if (depth > 4) return {};
      const entries = Object.entries(node.properties ?? {}).filter(
        ([name]) => (node.required ?? []).includes(name) || random.chance(0.5),
      );
      return Object.fromEntries(
        entries.map(([name, property]) => [name, plausibleValue(property, { ...context, depth: depth + 1 })]),
      );
    }
    case "array": {
      if (depth > 4 || !node.items) return [];
      const length = random.int(node.minItems ?? 0, Math.min(node.maxItems ?? 3, 3));
      return Array.from({ length }, () => plausibleValue(node.items ?? {}, { ...context, depth: depth + 1 }));
    }
    case "integer":
    case "number": {
      const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 0);
      const high = Math.min(node.maximum ?? low + 500, low + 500);
      const whole = random.int(Math.ceil(low), Math.max(Math.ceil(low), Math.floor(high)));
      return type === "integer" ? whole : whole + random.int(0, 99) / 100;
    }
    case "boolean":
      return random.chance(0.5);
    default:
      return plausibleText(node, context);
  }
}

function plausibleText(node: FuzzSchema, context: { random: Random; ids: readonly string[] }): string {
  const { random } = context;
  if (node.format === "uuid" || node.pattern?.includes("[0-9a-fA-F]{8}")) {
    return random.chance(0.8) && context.ids.length > 0 ? random.pick(context.ids) : crypto.randomUUID();
  }
  if (node.format === "date") return `20${random.int(10, 30)}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
  if (node.format === "date-time") return new Date(Date.UTC(2025, random.int(0, 11), random.int(1, 28))).toISOString();
  if (node.format === "email") return `someone${random.int(1, 999)}@example.org`;
  if (node.format === "uri") return `https://example.org/${random.int(1, 999)}`;
  return random.pick(["Smith", "E8 1DY", "07700 900123", "Flat 4", "100021045676", "Amara", "12 Mare Street"]);
}

/** The value with one randomly chosen leaf (or the whole value) replaced by a hostile one. */
export function withOneHostileValue(value: unknown, random: Random): unknown {
  if (random.chance(0.15)) return random.pick(hostileValues);
  if (Array.isArray(value) && value.length > 0) {
    const index = random.int(0, value.length - 1);
    return value.map((item, i) => (i === index ? withOneHostileValue(item, random) : item));
  }
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return random.pick(hostileValues);
    const key = random.chance(0.1) ? "unexpectedField" : random.pick(keys);
    const record = value as Record<string, unknown>;
    return { ...record, [key]: withOneHostileValue(record[key], random) };
  }
  return random.pick(hostileValues);
}
