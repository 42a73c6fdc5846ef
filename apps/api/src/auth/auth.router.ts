import { ZActor } from "@housing/schemas/auth";
import { router, staffProcedure } from "../trpc.ts";

export const authRouter = router({
  /** Who the token says the caller is, with the roles and service areas it grants. */
  me: staffProcedure.output(ZActor).query(({ ctx }) => ctx.actor),
});
