import type { DbClient } from "@housing/db/client";

export type PropertyTotalsRow = {
  id: string;
  parentId: string | null;
  propertyReference: string;
  assetType: string;
  name: string | null;
  uprn: string | null;
  postPreamble: string | null;
  addressLine1: string;
  addressLine2: string | null;
  addressLine3: string | null;
  addressLine4: string | null;
  postCode: string | null;
  accountId: string | null;
  rentAccountNumber: string | null;
  accountBalance: string | null;
  tenants: { id: string; title: string | null; firstName: string; surname: string }[];
  totalBalance: string;
  totalDwellingRent: string;
  totalNonDwellingRent: string;
  totalServiceCharges: string;
  totalRentalServiceCharges: string;
};

/**
 * The assets named and everything under them (Asset.parentId, to any depth), one row each, with
 * the rent account of each one's current tenure and the totals of its whole subtree: balances as
 * stored and weekly charges in force on `today`, summed exactly in numeric. One statement however
 * many assets. The rules are those of tenureIsActive and chargeInForce: a tenure is current until
 * its end date has passed, a charge applies from its start date to its end date inclusive.
 */
export async function findPropertyTotals(
  db: DbClient,
  assetIds: readonly string[],
  today: string,
): Promise<PropertyTotalsRow[]> {
  if (assetIds.length === 0) return [];
  return db.$queryRaw<PropertyTotalsRow[]>`
    WITH RECURSIVE tree AS (
      SELECT a.id, ARRAY[a.id] AS path FROM "Asset" a WHERE a.id = ANY(${[...assetIds]}::uuid[])
      UNION ALL
      SELECT c.id, t.path || c.id FROM "Asset" c JOIN tree t ON c."parentId" = t.id
      WHERE c.id <> ALL(t.path)
    ),
    own AS (
      SELECT n.id, ra.id AS account_id, ra."rentAccountNumber" AS rent_account_number, ra.balance,
             current_tenure.id AS tenure_id, charges.*
      FROM (SELECT DISTINCT id FROM tree) n
      LEFT JOIN LATERAL (
        SELECT t.id FROM "Tenure" t
        WHERE t."assetId" = n.id AND (t."endOfTenureDate" IS NULL OR t."endOfTenureDate" >= ${today}::date)
        ORDER BY t."startOfTenureDate" DESC, t.id
        LIMIT 1
      ) current_tenure ON TRUE
      LEFT JOIN "RentAccount" ra ON ra."tenureId" = current_tenure.id
      LEFT JOIN LATERAL (
        SELECT coalesce(sum(c."weeklyAmount") FILTER (WHERE c."chargeType" = 'DwellingRent'), 0) AS dwelling_rent,
               coalesce(sum(c."weeklyAmount") FILTER (WHERE c."chargeType" = 'NonDwellingRent'), 0) AS non_dwelling_rent,
               coalesce(sum(c."weeklyAmount") FILTER (WHERE c."chargeType" = 'ServiceCharge'), 0) AS service_charges,
               coalesce(sum(c."weeklyAmount") FILTER (WHERE c."chargeType" = 'RentalServiceCharge'), 0)
                 AS rental_service_charges
        FROM "Charge" c
        WHERE c."rentAccountId" = ra.id
          AND c."startDate" <= ${today}::date AND (c."endDate" IS NULL OR c."endDate" >= ${today}::date)
      ) charges ON TRUE
    ),
    -- Every (asset, asset in its subtree) pair once, though trees of nested assets overlap.
    subtree AS (SELECT DISTINCT unnest(path) AS ancestor, id AS descendant FROM tree),
    totals AS (
      SELECT s.ancestor AS id,
             sum(coalesce(o.balance, 0)) AS balance,
             sum(o.dwelling_rent) AS dwelling_rent,
             sum(o.non_dwelling_rent) AS non_dwelling_rent,
             sum(o.service_charges) AS service_charges,
             sum(o.rental_service_charges) AS rental_service_charges
      FROM subtree s JOIN own o ON o.id = s.descendant
      GROUP BY s.ancestor
    )
    SELECT a.id, a."parentId", a."propertyReference", a."assetType"::text AS "assetType", a.name, a.uprn,
           a."postPreamble", a."addressLine1", a."addressLine2", a."addressLine3", a."addressLine4", a."postCode",
           o.account_id AS "accountId", o.rent_account_number AS "rentAccountNumber",
           o.balance::text AS "accountBalance",
           (SELECT coalesce(json_agg(json_build_object('id', p.id, 'title', p.title, 'firstName', p."firstName",
                                                       'surname', p.surname)
                                     ORDER BY m."isResponsible" DESC, m."addedAt"), '[]')
            FROM "HouseholdMember" m JOIN "Person" p ON p.id = m."personId"
            WHERE m."tenureId" = o.tenure_id AND o.account_id IS NOT NULL) AS tenants,
           tot.balance::text AS "totalBalance",
           tot.dwelling_rent::text AS "totalDwellingRent",
           tot.non_dwelling_rent::text AS "totalNonDwellingRent",
           tot.service_charges::text AS "totalServiceCharges",
           tot.rental_service_charges::text AS "totalRentalServiceCharges"
    FROM totals tot
    JOIN own o ON o.id = tot.id
    JOIN "Asset" a ON a.id = tot.id`;
}
