import { restRoutesOf } from "../http/rest-route.ts";
import { tenureOperations, tenureTag } from "./tenure.operations.ts";

export const tenureRoutes = restRoutesOf(tenureOperations, tenureTag);
