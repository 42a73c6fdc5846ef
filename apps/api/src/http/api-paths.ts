/** Paths answered by the API (REST under /api, tRPC under /trpc) rather than by the staff app. */
export function apiKind(url: string): "rest" | "trpc" | undefined {
  const pathname = url.split("?", 1)[0] ?? "";
  if (pathname === "/api" || pathname.startsWith("/api/")) return "rest";
  if (pathname === "/trpc" || pathname.startsWith("/trpc/")) return "trpc";
  return undefined;
}
