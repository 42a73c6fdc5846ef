import { z } from "zod";

export const ZDependencyCheck = z.object({
  status: z.enum(["up", "down"]),
  latencyMs: z.number(),
  message: z.string().optional(),
});
export type TDependencyCheck = z.infer<typeof ZDependencyCheck>;

export const ZHealthReport = z.object({
  status: z.enum(["healthy", "degraded", "unhealthy"]),
  checks: z.object({
    database: ZDependencyCheck,
    search: ZDependencyCheck.optional(),
  }),
});
export type THealthReport = z.infer<typeof ZHealthReport>;
