const fallbackPath = "/";

/** The sign-in page's address that brings the user back to `path` afterwards. */
export function signInPathFor(path: string): string {
  return path === fallbackPath ? "/sign-in" : `/sign-in?${new URLSearchParams({ returnTo: path }).toString()}`;
}

/**
 * Where to go after signing in. Only a path on this site is followed, never another origin
 * ("//evil.example", "https://…", "/\\evil.example"), so the link cannot send a user away.
 */
export function safeReturnPath(returnTo: string | null): string {
  if (returnTo === null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.startsWith("/\\")) {
    return fallbackPath;
  }
  if (returnTo === "/sign-in" || returnTo.startsWith("/sign-in?")) return fallbackPath;
  return returnTo;
}
