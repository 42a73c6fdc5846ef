import { restRoutesOf } from "../http/rest-route.ts";
import { equalityOperations, personSensitiveTag, serviceAreaDataOperations } from "./person-sensitive.operations.ts";

export const personSensitiveRoutes = [
  ...restRoutesOf(equalityOperations, personSensitiveTag),
  ...restRoutesOf(serviceAreaDataOperations, personSensitiveTag),
];
