import { restRoutesOf } from "../http/rest-route.ts";
import { financeOperations, financeTag } from "./finance.operations.ts";

export const financeRoutes = restRoutesOf(financeOperations, financeTag);
