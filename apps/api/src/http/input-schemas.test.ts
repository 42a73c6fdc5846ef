import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appRouter } from "../composition/app-router.ts";
import { fieldErrorsFromZod } from "./errors.ts";
import { type JsonSchemaNode, stringFieldPaths, unstorableTexts, valueAt } from "../testing/schema-fields.ts";
import { restRoutes } from "../composition/rest-api.ts";

type Input = { name: string; schema: z.ZodType };

function isZodSchema(parser: unknown): parser is z.ZodType {
  return parser instanceof z.ZodType;
}

// Every input schema the API has: each tRPC procedure's and each REST route's params, query and body.
// tRPC keeps each procedure's input parsers in its definition.
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>;
const procedureInputs: Input[] = Object.entries(procedures).flatMap(([name, procedure]) =>
  procedure._def.inputs.filter(isZodSchema).map((schema) => ({ name: `tRPC ${name}`, schema })),
);
const routeInputs: Input[] = restRoutes.flatMap((route) =>
  (["params", "query", "body"] as const).flatMap((part) => {
    const schema = route[part];
    return schema ? [{ name: `${route.method} ${route.url} ${part}`, schema }] : [];
  }),
);

const textFields = [...procedureInputs, ...routeInputs].flatMap(({ name, schema }) =>
  stringFieldPaths(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchemaNode)
    .filter((path) => path.length > 0)
    .map((path) => ({ name, schema, path: path.join("."), input: path })),
);

describe("every text field of every procedure and route", () => {
  it("covers the API's inputs", () => {
    expect(procedureInputs.length).toBeGreaterThan(40);
    expect(textFields.length).toBeGreaterThan(150);
  });

  for (const [kind, text] of Object.entries(unstorableTexts)) {
    it.each(textFields)(`refuses ${kind} in $name $path, naming the field`, ({ schema, input, path }) => {
      const result = schema.safeParse(valueAt(input, text));
      expect(result.success).toBe(false);
      const named = fieldErrorsFromZod(result.error ?? new z.ZodError([])).filter((error) => error.path === path);
      expect(named.length).toBeGreaterThan(0);
    });
  }
});

describe("an input that is not an object", () => {
  it.each([...procedureInputs, ...routeInputs])("is refused by $name without throwing", ({ schema }) => {
    for (const input of [null, 5, "text", [], true]) {
      expect(() => schema.safeParse(input)).not.toThrow();
    }
  });
});
