import { publicProcedure, router } from "../trpc.ts";
import { checkHealth, databaseProbe } from "./check-health.ts";
import { ZHealthReport } from "./health.schemas.ts";

export const healthRouter = router({
  ping: publicProcedure.output(ZHealthReport).query(({ ctx }) => checkHealth({ database: databaseProbe(ctx.db) })),
});
