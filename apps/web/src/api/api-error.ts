import { type TFieldError, ZErrorResponse } from "@housing/schemas/errors";

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
