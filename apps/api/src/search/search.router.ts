import { proceduresOf, router } from "../trpc.ts";
import { searchOperations } from "./search.operations.ts";

export const searchRouter = router(proceduresOf(searchOperations));
