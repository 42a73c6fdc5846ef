import { proceduresOf, router } from "../trpc.ts";
import { assetOperations } from "./asset.operations.ts";

export const assetRouter = router(proceduresOf(assetOperations));
