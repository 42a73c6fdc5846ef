import { proceduresOf, router } from "../trpc.ts";
import { tenureOperations } from "./tenure.operations.ts";

export const tenureRouter = router(proceduresOf(tenureOperations));
