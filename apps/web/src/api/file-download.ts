import { ApiError } from "./api-error.ts";
import { sessionFetch } from "./session-fetch.ts";

/** The file name the server gave in Content-Disposition (attachment; filename="x.csv"), or the fallback. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const name = contentDisposition?.match(/filename="([^"]+)"/)?.[1]?.trim();
  return name ? name : fallback;
}

/**
 * Fetches a file with the signed-in user's token, which a plain link cannot send. A refusal is an
 * ApiError with the server's message; a download cut off part-way rejects rather than saving half a file.
 */
export async function fetchFile(href: string, accept: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await sessionFetch(href, { headers: { accept } });
  if (!response.ok) throw await ApiError.fromResponse(response);
  const blob = await response.blob();
  return { blob, fileName: fileNameFrom(response.headers.get("content-disposition"), "download") };
}

/** Hands a fetched file to the browser's downloads under its name. */
export function saveFile({ blob, fileName }: { blob: Blob; fileName: string }): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns; free it once it surely has.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
