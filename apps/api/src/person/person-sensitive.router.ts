import { proceduresOf, router } from "../trpc.ts";
import { equalityOperations, serviceAreaDataOperations } from "./person-sensitive.operations.ts";

export const equalityRouter = router(proceduresOf(equalityOperations));
export const serviceAreaDataRouter = router(proceduresOf(serviceAreaDataOperations));
