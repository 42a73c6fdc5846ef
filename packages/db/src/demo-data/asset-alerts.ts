import { dateOf, timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import type { PropertyRun } from "./generate-estates.ts";
import { alertTypes } from "./reference-data.ts";

type AssetAlertType = (typeof alertTypes.asset)[number];

/** A cautionary alert on an estate, block or home, raised some time before the as-of day. */
function addAssetAlert(ctx: DemoContext, batch: DemoBatch, assetId: string, [alertCode, description]: AssetAlertType) {
  const raised = timestampOf(ctx.asOf - 5, 9 * 60);
  batch.cautionaryAlerts.push({
    id: ctx.ids.uuid(),
    assetId,
    alertCode,
    description,
    startDate: dateOf(ctx.asOf - ctx.random.int(10, 2000)),
    createdAt: raised,
    createdBy: ctx.actor,
    modifiedAt: raised,
  });
}

/** About one block in thirty-three has an alert, of any type but the first (a dangerous dog). */
export function addBlockAlerts(ctx: DemoContext, batch: DemoBatch, assets: PropertyRun["assets"]): void {
  for (const asset of assets) {
    if (asset.assetType !== "Block" || !ctx.random.chance(0.03)) continue;
    addAssetAlert(ctx, batch, asset.id, ctx.random.pick(alertTypes.asset.slice(1)));
  }
}

/** One home in two hundred has an alert, its type picked by weight. */
export function addDwellingAlert(ctx: DemoContext, batch: DemoBatch, assetId: string): void {
  if (!ctx.random.chance(0.005)) return;
  addAssetAlert(ctx, batch, assetId, ctx.random.weighted(alertTypes.asset.map((a) => [a, a[2]] as const)));
}
