import { type TFieldError, ZErrorResponse, ZFieldError } from "@housing/schemas/errors";
import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

/** A REST call answered with a non-2xx status; carries the server's message and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: TFieldError[] = [],
    readonly correlationId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = ZErrorResponse.safeParse(body);
    if (!parsed.success) {
      return new ApiError(response.status, response.statusText || `Request failed with status ${response.status}`);
    }
    return new ApiError(response.status, parsed.data.message, parsed.data.fieldErrors, parsed.data.correlationId);
  }
}

const ZTrpcErrorData = z.object({ fieldErrors: z.array(ZFieldError).optional() });

/**
 * Every failing field an API error names, whether it came from REST (ApiError) or tRPC (the
 * server's error formatter puts them in `data.fieldErrors`); empty for any other error.
 */
export function fieldErrorsOf(error: unknown): TFieldError[] {
  if (error instanceof ApiError) return error.fieldErrors;
  if (error instanceof TRPCClientError) {
    const parsed = ZTrpcErrorData.safeParse(error.data);
    return parsed.success ? (parsed.data.fieldErrors ?? []) : [];
  }
  return [];
}
