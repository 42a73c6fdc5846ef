/** `text` as LIKE and ILIKE read it literally (their default escape is `\`): `%`, `_` and `\` are themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern finding `text` anywhere, literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A LIKE pattern finding what starts with `text`, literally. */
export function startsWithPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

/**
 * A Prisma filter for `text` in any case. Prisma writes `mode: "insensitive"` as ILIKE with the
 * value as the pattern (prisma/prisma#19506), so "%" would find everyone unless escaped.
 */
export function equalsIgnoringCase(text: string) {
  return { equals: escapeLike(text), mode: "insensitive" as const };
}
