import { staffRoles } from "@housing/schemas/auth";
import {
  type TAlertTargetType,
  ZAlertTarget,
  ZCautionaryAlert,
  ZCautionaryAlertList,
  ZEndCautionaryAlertBody,
  ZEndCautionaryAlertInput,
  ZRaiseCautionaryAlertInput,
} from "@housing/schemas/cautionary-alert";
import { ZIdInput } from "@housing/schemas/primitives";
import { defineOperation } from "../common/operation.ts";
import { restResource } from "../common/rest-resource.ts";
import { getCautionaryAlert, listCautionaryAlerts } from "./cautionary-alert-reads.ts";
import { endCautionaryAlert, raiseCautionaryAlert } from "./cautionary-alert-writes.ts";

export const cautionaryAlertTag = "Cautionary alerts";
const alerts = restResource("CautionaryAlert", "/api/v1/cautionary-alerts", ZCautionaryAlert, getCautionaryAlert, {
  noun: "alert",
  etag: 'The alert\'s version, e.g. "1"; send it back in If-Match to end it',
  ifMatch: 'The version last read, e.g. "1" (required)',
});

/** GET /api/v1/{persons|tenures|assets}/:id/cautionary-alerts: one target type's alerts over REST. */
function listOf(targetType: TAlertTargetType, collection: string, operationId: string) {
  return defineOperation({
    roles: staffRoles,
    input: ZAlertTarget,
    output: ZCautionaryAlertList,
    handler: (ctx, input) => listCautionaryAlerts(ctx, input),
    rest: {
      method: "GET",
      path: `/api/v1/${collection}/:id/cautionary-alerts`,
      operationId,
      summary: `A ${targetType}'s cautionary alerts, current ones first, then ended ones`,
      params: ZIdInput,
      input: ({ params }) => ({ targetType, targetId: params.id }),
      description: "The alerts (an empty list when none)",
      errors: { 404: `No such ${targetType}` },
    },
  });
}

// Every member of staff reads alerts; raising and ending them is for CAUTIONARY_ALERT_ROLES (the
// domain functions check, so tRPC and REST refuse alike).
export const cautionaryAlertOperations = {
  get: alerts.get("One cautionary alert"),
  list: defineOperation({
    roles: staffRoles,
    input: ZAlertTarget,
    output: ZCautionaryAlertList,
    trpc: "query",
    handler: (ctx, input) => listCautionaryAlerts(ctx, input),
  }),
  listForPerson: listOf("person", "persons", "listPersonCautionaryAlerts"),
  listForTenure: listOf("tenure", "tenures", "listTenureCautionaryAlerts"),
  listForAsset: listOf("asset", "assets", "listAssetCautionaryAlerts"),
  raise: alerts.create(staffRoles, ZRaiseCautionaryAlertInput, raiseCautionaryAlert, {
    operationId: "raiseCautionaryAlert",
    summary: "Raise a cautionary alert against a person, tenure or property (CAUTIONARY_ALERT_ROLES only)",
    description: "Raised",
    errors: { 400: "Every invalid field, a start date in the future, or a target that does not exist" },
  }),
  end: alerts.end(staffRoles, ZEndCautionaryAlertInput, endCautionaryAlert, {
    summary: "End a cautionary alert from a day no later than today (CAUTIONARY_ALERT_ROLES only)",
    body: ZEndCautionaryAlertBody,
    description: "The ended alert",
    errors: { 409: "Missing or stale If-Match, or the alert has already ended" },
  }),
};
