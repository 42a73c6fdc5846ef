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
