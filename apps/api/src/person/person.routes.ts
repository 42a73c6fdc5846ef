import { restRoutesOf } from "../http/rest-route.ts";
import { personOperations, personTag } from "./person.operations.ts";

export const personRoutes = restRoutesOf(personOperations, personTag);
