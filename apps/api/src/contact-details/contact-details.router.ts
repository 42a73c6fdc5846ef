import { proceduresOf, router } from "../trpc.ts";
import { contactDetailsOperations } from "./contact-details.operations.ts";

export const contactDetailsRouter = router(proceduresOf(contactDetailsOperations));
