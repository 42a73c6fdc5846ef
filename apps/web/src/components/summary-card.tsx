import type { ReactNode } from "react";

type SummaryCardProps = {
  /** A section named by its title (give `titleId`), or a plain card among others. */
  as?: "div" | "section";
  titleId?: string;
  title: ReactNode;
  /** One action for the whole card, usually a link; none when undefined. */
  action?: ReactNode;
  /** The card's rows: SummaryRow elements. */
  children: ReactNode;
};

/** A GOV.UK summary card: a title with an optional action, over a summary list. */
export function SummaryCard({ as: Element = "div", titleId, title, action, children }: SummaryCardProps) {
  return (
    <Element className="govuk-summary-card" aria-labelledby={Element === "section" ? titleId : undefined}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={titleId}>
          {title}
        </h2>
        {action === undefined ? null : (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">{action}</li>
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">{children}</dl>
      </div>
    </Element>
  );
}
