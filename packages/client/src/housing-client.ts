import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./app-router.js";

export type { AppRouter };

/** Every procedure's input, e.g. `HousingInputs["person"]["create"]`. */
export type HousingInputs = inferRouterInputs<AppRouter>;
/** Every procedure's answer as the client receives it, e.g. `HousingOutputs["person"]["get"]`. */
export type HousingOutputs = inferRouterOutputs<AppRouter>;

/** The typed client: `client.person.get.query({ id })`, `client.person.create.mutate({ … })`. */
export type HousingClient = TRPCClient<AppRouter>;

type ConnectionOptions = {
  /** The tRPC endpoint: the server's address followed by `/trpc`, e.g. `https://housing.example.org/trpc`. */
  url: string;
  /**
   * The `x-correlation-id` sent with each HTTP request (one per batch), which the server logs and
   * returns in errors: a fixed id, or a function called for each request. Default: a fresh UUID.
   */
  correlationId?: string | (() => string);
  /** Most calls an HTTP request may batch together (default: no limit but the URL length). */
  maxItems?: number;
};

/** A fixed bearer token (a JWT the API accepts). */
export type HousingClientTokenOptions = ConnectionOptions & { token: string; getToken?: never };
/** A token fetched for each HTTP request, e.g. from a token cache that renews it before it expires. */
export type HousingClientGetTokenOptions = ConnectionOptions & {
  getToken: () => string | Promise<string>;
  token?: never;
};
export type HousingClientOptions = HousingClientTokenOptions | HousingClientGetTokenOptions;

/** Calls in the same tick are batched into one HTTP request to `url`, with the token and a correlation id. */
export function createHousingClient(options: HousingClientOptions): HousingClient {
  const { url, correlationId, maxItems } = options;
  const tokenOf = async (): Promise<string> => (options.getToken ? options.getToken() : options.token);
  const correlationIdOf = (): string =>
    typeof correlationId === "function" ? correlationId() : (correlationId ?? globalThis.crypto.randomUUID());
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        ...(maxItems === undefined ? {} : { maxItems }),
        headers: async () => ({
          authorization: `Bearer ${await tokenOf()}`,
          "x-correlation-id": correlationIdOf(),
        }),
      }),
    ],
  });
}
