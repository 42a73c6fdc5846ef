import type { TTenureSearchDocument } from "@housing/schemas/search";
import { formatDate } from "../dates/display-dates.ts";
import {
  ResultTags,
  SearchResultCard,
  type TResultDetail,
  cautionaryAlertTag,
  namesOrNone,
} from "./search-result-card.tsx";

export function TenureResultCard({ tenure }: { tenure: TTenureSearchDocument }) {
  const holders = tenure.householdMembers.filter((member) => member.isResponsible);
  const others = tenure.householdMembers.filter((member) => !member.isResponsible);
  const details: TResultDetail[] = [
    { label: "Payment reference", value: tenure.paymentReference },
    { label: "Tenure type", value: tenure.tenureType.description },
    {
      label: holders.length === 1 ? "Tenure holder" : "Tenure holders",
      value: namesOrNone(holders.map((m) => m.fullName)),
    },
    ...(others.length === 0
      ? []
      : [{ label: "Other household members", value: others.map((member) => member.fullName).join(", ") }]),
    { label: "Start date", value: formatDate(tenure.startOfTenureDate) },
    ...(tenure.endOfTenureDate === null ? [] : [{ label: "End date", value: formatDate(tenure.endOfTenureDate) }]),
  ];

  return (
    <SearchResultCard
      href={`/tenures/${tenure.id}`}
      title={
        <>
          {tenure.tenuredAsset.fullAddress}
          <span className="govuk-visually-hidden">, payment reference {tenure.paymentReference}</span>
        </>
      }
      tags={
        <ResultTags
          tags={[
            tenure.isActive ? { label: "Active", colour: "green" } : { label: "Ended", colour: "grey" },
            tenure.isTenureCautionaryAlerted && cautionaryAlertTag,
          ]}
        />
      }
      details={details}
    />
  );
}
