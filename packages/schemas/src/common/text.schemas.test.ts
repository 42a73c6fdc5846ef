import { describe, expect, it } from "vitest";
import { z } from "zod";
import { freeText, isStorableText, optionalText, requiredText, safeText, storable } from "./text.schemas.ts";

const messagesOf = (result: { error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message);

const broken = "First name must not contain control characters or broken characters (half of an emoji or symbol)";

describe("text PostgreSQL can store", () => {
  it("refuses a NUL and either half of a surrogate pair on its own, and keeps whole pairs", () => {
    for (const text of ["ab\u0000cd", "ab\ud800cd", "ab\udc00cd", "\ud83d", "cd\ude00", "\ude00\ud83d"]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
    for (const text of ["Ngozi", "Zoë 😀", "\ud83d\ude00", "O'Brien-Smith", ""]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("is refused by every text builder with one message naming the field", () => {
    for (const schema of [requiredText("a first name", 100), optionalText("a first name", 100)]) {
      expect(messagesOf(schema.safeParse("ab\ud800cd"))).toEqual([broken]);
      expect(messagesOf(schema.safeParse("ab\u0000cd"))).toEqual([broken]);
      expect(schema.safeParse("Zoë 😀").success).toBe(true);
    }
    expect(messagesOf(freeText("notes", 100).safeParse("line one\nline \ud800two"))).toEqual([
      "Notes must not contain control characters or broken characters (half of an emoji or symbol)",
    ]);
  });

  it("can be added to a string field with rules of its own", () => {
    const ZLink = storable(z.url(), "the web address");
    expect(messagesOf(ZLink.safeParse("https://example.org/a\u0000b"))).toEqual([
      "Web address must not contain control characters or broken characters (half of an emoji or symbol)",
    ]);
    expect(ZLink.safeParse("https://example.org/ab").success).toBe(true);
  });
});

describe("safe text", () => {
  it("takes tabs and line breaks only where the field allows them", () => {
    const ZLine = safeText(z.string(), "a name", { lineBreaks: false, tabs: true });
    const ZQuery = safeText(z.string(), "search text", { lineBreaks: false, tabs: false });
    expect(ZLine.safeParse("a\tb").success).toBe(true);
    expect(messagesOf(ZLine.safeParse("a\nb"))).toEqual(["Name must not contain control characters"]);
    expect(messagesOf(ZQuery.safeParse("a\tb"))).toEqual(["Search text must not contain control characters"]);
    expect(messagesOf(ZQuery.safeParse("a <b>"))).toEqual(["Search text must not contain markup such as < or &#"]);
  });
});
