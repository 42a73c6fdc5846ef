import { z } from "zod";

// How the council's existing (.NET) clients write query strings: True/False, sortBy=Address,
// pageNumber for page. Both tRPC (typed values) and REST (strings) go through these schemas.

const booleanWords = new Map([
  ["true", true],
  ["false", false],
]);

/** A boolean, or `true` / `false` in a query string in any case (`True`, `FALSE`). */
export const ZBooleanParam = z.preprocess(
  // A repeated parameter arrives as an array: left for z.boolean to refuse.
  (value: boolean | string) => (typeof value === "string" ? (booleanWords.get(value.toLowerCase()) ?? value) : value),
  z.boolean({ error: "Use true or false" }),
);

/** One of `values` in any case (`Address` for `address`), answered in the canonical spelling. */
export function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(values: T, error: string) {
  const canonical = new Map(values.map((value) => [value.toLowerCase(), value]));
  return z.preprocess(
    (value: string) => (typeof value === "string" ? (canonical.get(value.toLowerCase()) ?? value) : value),
    z.enum(values, { error }),
  );
}

type AliasesOf<O extends z.ZodObject> = Readonly<Record<string, keyof O["shape"] & string>>;

type InputWithAliases<O extends z.ZodObject, A extends AliasesOf<O>> = z.input<O> & {
  [Alias in keyof A]?: z.input<O["shape"][A[Alias]]>;
};

/**
 * Lets a query name a field by another name as well (`pageNumber` for `page`), as the council's
 * existing clients do. The alias is validated and documented like its field; sending both with
 * different values is refused on the field. Defaults apply after the two are folded together.
 */
export function withAliases<O extends z.ZodObject, const A extends AliasesOf<O>>(
  object: O,
  aliases: A,
): z.ZodType<z.output<O>, InputWithAliases<O, A>> {
  const shape: Record<string, z.ZodType> = {};
  const defaults = new Map<string, unknown>();
  for (const [alias, field] of Object.entries(aliases)) {
    const schema = object.shape[field] as z.ZodType;
    // A default would hide whether the field itself was sent.
    const bare = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
    const fallback = schema.safeParse(undefined).data;
    if (fallback !== undefined) defaults.set(field, fallback);
    shape[field] = fallback === undefined ? bare.optional() : bare.optional().meta({ default: fallback });
    shape[alias] = bare.optional().meta({ description: `The same as ${field}` });
  }
  // safeExtend keeps the object's own refinements, which then see every field error at once.
  return object.safeExtend(shape).transform((input: Record<string, unknown>, ctx) => {
    const folded = Object.fromEntries(Object.entries(input).filter(([name]) => !Object.hasOwn(aliases, name)));
    for (const [alias, field] of Object.entries(aliases)) {
      const sent = input[field];
      const aliased = input[alias];
      if (sent !== undefined && aliased !== undefined && JSON.stringify(sent) !== JSON.stringify(aliased)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `Send ${field} or ${alias}, not both with different values`,
        });
      }
      const value = sent ?? aliased ?? defaults.get(field);
      if (value !== undefined) folded[field] = value;
    }
    return folded as z.output<O>;
  }) as unknown as z.ZodType<z.output<O>, InputWithAliases<O, A>>;
}
