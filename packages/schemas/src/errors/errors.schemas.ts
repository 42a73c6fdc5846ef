import { z } from "zod";

/** One failing input field: a dotted path (`address.postcode`, `personTypes.0`) and what to do about it. */
export const ZFieldError = z.object({
  path: z.string(),
  message: z.string(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

/** The JSON body of every REST error response. */
export const ZErrorResponse = z.object({
  message: z.string(),
  code: z.string().optional(),
  fieldErrors: z.array(ZFieldError).optional(),
  details: z.unknown().optional(),
  correlationId: z.string().optional(),
});
export type TErrorResponse = z.infer<typeof ZErrorResponse>;

type PathSegment = PropertyKey | { readonly key: PropertyKey };
type SchemaIssue = {
  readonly message: string;
  readonly path?: ReadonlyArray<PathSegment>;
  readonly code?: string;
  readonly keys?: readonly string[];
};

const dotted = (path: readonly PathSegment[]) =>
  path.map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".");

/**
 * Every failing field of a schema (zod or any Standard Schema), as a dotted path and its message,
 * the way the API names them and forms place them; a field that may not be sent is named by its own
 * path rather than its parent's.
 */
export function fieldErrorsFromIssues(issues: readonly SchemaIssue[]): TFieldError[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" && issue.keys
      ? issue.keys.map((key) => ({
          path: dotted([...(issue.path ?? []), key]),
          message: "This field cannot be set here",
        }))
      : [{ path: dotted(issue.path ?? []), message: issue.message }],
  );
}
