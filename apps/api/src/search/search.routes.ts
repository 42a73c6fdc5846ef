import { restRoutesOf } from "../http/rest-route.ts";
import { searchOperations, searchTag } from "./search.operations.ts";

export const searchRoutes = restRoutesOf(searchOperations, searchTag);
