import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { TDuplicateCheckResult, TDuplicateReason } from "@housing/schemas/person";
import { fullAddress } from "../kernel/asset-address.ts";
import { fromIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import type { Clock } from "../kernel/clock.ts";
import { tenureIsActive } from "../kernel/tenure-activity.ts";
import { type DuplicateCandidateRow, findDuplicateCandidates, findTenureAddresses } from "./person.repository.ts";
import { toPersonSummary } from "./person-view.ts";

const maxCandidates = 10;

const reasonText: Record<TDuplicateReason, string> = {
  sameName: "same name",
  similarName: "similar name",
  swappedNames: "first and last names swapped",
  sameDateOfBirth: "same date of birth",
  sameAddress: "lives at the same address",
};

export function duplicateReasons(row: DuplicateCandidateRow): TDuplicateReason[] {
  const reasons: TDuplicateReason[] = [];
  if (row.firstNameSimilarity === 1 && row.surnameSimilarity === 1) reasons.push("sameName");
  else if (
    row.swappedSimilarity >= 0.6 &&
    row.swappedSimilarity > (row.firstNameSimilarity + row.surnameSimilarity) / 2
  )
    reasons.push("swappedNames");
  else if (row.surnameSimilarity >= 0.3) reasons.push("similarName");
  if (row.sameDateOfBirth) reasons.push("sameDateOfBirth");
  if (row.sharesTenure) reasons.push("sameAddress");
  return reasons;
}

export function explainDuplicate(reasons: readonly TDuplicateReason[]): string {
  const text = reasons.map((reason) => reasonText[reason]).join(" and ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Likely existing records of the person about to be created, best first, each with its reasons. */
export async function checkForDuplicates(
  deps: { db: DbClient; clock: Clock },
  input: { firstName: string; surname: string; dateOfBirth?: string | undefined; tenureIds: string[] },
): Promise<TDuplicateCheckResult> {
  const rows = await findDuplicateCandidates(
    deps.db,
    {
      firstName: input.firstName,
      surname: input.surname,
      dateOfBirth: input.dateOfBirth ? fromIsoDate(input.dateOfBirth) : null,
      tenureIds: input.tenureIds,
    },
    maxCandidates,
  );
  const today = todayIsoDate(deps.clock.now());
  const tenancies = await findTenureAddresses(
    deps.db,
    rows.map((row) => row.id),
  );
  const candidates = rows.map((row) => {
    const reasons = duplicateReasons(row);
    const addresses = tenancies
      .filter((t) => t.personId === row.id && tenureIsActive(toIsoDateOrNull(t.tenure.endOfTenureDate), today))
      .map((t) => fullAddress(t.tenure.asset));
    const score =
      (row.firstNameSimilarity + Math.max(row.surnameSimilarity, row.swappedSimilarity)) / 2 +
      (row.sameDateOfBirth ? 0.5 : 0) +
      (row.sharesTenure ? 0.3 : 0);
    return {
      person: { ...toPersonSummary(row), addresses },
      reasons,
      explanation: explainDuplicate(reasons),
      score: Math.round(score * 100) / 100,
    };
  });
  return { candidates: candidates.sort((a, b) => b.score - a.score) };
}
