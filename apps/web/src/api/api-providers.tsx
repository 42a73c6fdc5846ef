import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink } from "@trpc/client";
import { type ReactNode, useEffect, useState } from "react";
import { getSessionState, subscribeToSession } from "../auth/session-store.ts";
import { trpc } from "../trpc.ts";
import { shouldRetry } from "./retry-policy.ts";
import { sessionFetch } from "./session-fetch.ts";

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/** The one QueryClient and tRPC client of the app; the cache is emptied whenever the session ends. */
export function ApiProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() =>
    trpc.createClient({
      links: [httpBatchLink({ url: "/trpc", fetch: sessionFetch })],
    }),
  );

  useEffect(
    () =>
      subscribeToSession(() => {
        // One officer's records must never show to the next person who signs in on this tab.
        if (getSessionState().session === null) queryClient.clear();
      }),
    [queryClient],
  );

  return (
    <trpc.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
