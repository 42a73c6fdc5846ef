/** The parts of a JSON Schema (as zod and the OpenAPI document write them) that lead to fields. */
export type JsonSchemaNode = {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
};

/**
 * The path of every field that takes a string, however deep (an array's items as index 0), e.g.
 * ["contactInformation", "addressExtended", "addressLine1"] or ["tenures", "0", "tenureId"].
 */
export function stringFieldPaths(schema: JsonSchemaNode, path: readonly string[] = []): string[][] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const found: string[][] = types.includes("string") ? [[...path]] : [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    found.push(...stringFieldPaths(property, [...path, name]));
  }
  if (schema.items) found.push(...stringFieldPaths(schema.items, [...path, "0"]));
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    found.push(...stringFieldPaths(branch, path));
  }
  const unique = new Map(found.map((fieldPath) => [fieldPath.join("."), fieldPath]));
  return [...unique.values()];
}

/** A value holding `value` at `path` and nothing else: { a: [{ b: value }] } for ["a", "0", "b"]. */
export function valueAt(path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const inner = valueAt(rest, value);
  return /^\d+$/.test(head) ? [inner] : { [head]: inner };
}

/** What PostgreSQL cannot store in text, as hostile clients send it. */
export const unstorableTexts = { "a lone surrogate": "ab\ud800cd", "a NUL character": "ab\u0000cd" } as const;
