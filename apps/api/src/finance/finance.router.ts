import { proceduresOf, router } from "../trpc.ts";
import { financeOperations } from "./finance.operations.ts";

export const financeRouter = router(proceduresOf(financeOperations));
