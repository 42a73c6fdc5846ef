import { proceduresOf, router } from "../trpc.ts";
import { personOperations } from "./person.operations.ts";
import { equalityRouter, serviceAreaDataRouter } from "./person-sensitive.router.ts";

export const personRouter = router({
  ...proceduresOf(personOperations),
  equality: equalityRouter,
  serviceAreaData: serviceAreaDataRouter,
});
