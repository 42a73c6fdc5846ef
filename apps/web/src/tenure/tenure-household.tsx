import { Link } from "react-router";
import { TableHead } from "../components/table-head.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { personTypeLabels } from "../person/person-labels.ts";
import { type THouseholdMember, groupHouseholdMembers } from "./household-members.ts";
import { StackingTable } from "../components/stacking-table.tsx";

type MembersTableProps = {
  id: string;
  heading: string;
  members: readonly THouseholdMember[];
  whenNone: string;
  /** Offered to housing staff: a button on each row to take the member off the household. */
  onRemove?: ((member: THouseholdMember) => void) | undefined;
};

const removeColumn = { label: "Action", widthClassName: "govuk-!-width-one-quarter" };

function MembersTable({ id, heading, members, whenNone, onRemove }: MembersTableProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {heading}
      </h2>
      {members.length === 0 ? (
        <p className="govuk-body">{whenNone}</p>
      ) : (
        <StackingTable aria-labelledby={headingId}>
          <TableHead
            columns={[
              { label: "Name", widthClassName: "govuk-!-width-one-half" },
              { label: "Date of birth", widthClassName: "govuk-!-width-one-quarter" },
              { label: "Person type", widthClassName: "govuk-!-width-one-quarter" },
              ...(onRemove === undefined ? [] : [removeColumn]),
            ]}
          />
          <tbody className="govuk-table__body">
            {members.map((member) => (
              <tr className="govuk-table__row" key={member.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/persons/${member.id}`}>
                    {member.fullName}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {member.dateOfBirth === null ? (
                    <span className="app-secondary-text">Not given</span>
                  ) : (
                    formatDate(member.dateOfBirth)
                  )}
                </td>
                <td className="govuk-table__cell">{personTypeLabels[member.personTenureType]}</td>
                {onRemove === undefined ? null : (
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-no-break"
                      // Which member, for screen readers; it begins with the visible words (WCAG 2.5.3).
                      aria-label={`Remove from household: ${member.fullName}`}
                      onClick={() => onRemove(member)}
                    >
                      Remove from household
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </StackingTable>
      )}
    </section>
  );
}

/** The people on the tenure: those named on it first, then the rest of the household. */
export function TenureHousehold({
  members,
  onRemove,
}: {
  members: readonly THouseholdMember[];
  onRemove?: ((member: THouseholdMember) => void) | undefined;
}) {
  const { namedTenureHolders, householdMembers } = groupHouseholdMembers(members);
  return (
    <>
      <MembersTable
        id="named-tenure-holders"
        heading="Named tenure holders"
        members={namedTenureHolders}
        whenNone="Nobody is named on this tenure."
        onRemove={onRemove}
      />
      <MembersTable
        id="household-members"
        heading="Household members"
        members={householdMembers}
        whenNone="No other household members are recorded."
        onRemove={onRemove}
      />
    </>
  );
}
