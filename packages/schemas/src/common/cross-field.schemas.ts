import type { z } from "zod";

/**
 * For a cross-field `superRefine`: it runs even when single fields failed, so one answer lists
 * every problem, but only on an object, so it never reads fields of null, a number or a list.
 */
export const whenAnObject = {
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};
