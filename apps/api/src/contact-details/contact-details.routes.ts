import { restRoutesOf } from "../http/rest-route.ts";
import { contactDetailsOperations, contactDetailsTag } from "./contact-details.operations.ts";

export const contactDetailsRoutes = restRoutesOf(contactDetailsOperations, contactDetailsTag);
