import type { ReactNode } from "react";
import { Link } from "react-router";

export type TResultDetail = { label: string; value: ReactNode };

type SearchResultCardProps = {
  href: string;
  /** The link text: what the record is called. */
  title: ReactNode;
  tags?: ReactNode;
  details: readonly TResultDetail[];
  /** Called when the officer points at or tabs to the link: the record can start loading before the click. */
  onIntent?: () => void;
};

/** One result: its name is the link to the record, and the whole card can be clicked. */
export function SearchResultCard({ href, title, tags, details, onIntent }: SearchResultCardProps) {
  return (
    <li className="app-search-result">
      <h3 className="govuk-heading-s app-search-result__title">
        <Link className="govuk-link app-search-result__link" to={href} onMouseEnter={onIntent} onFocus={onIntent}>
          {title}
        </Link>
      </h3>
      {tags}
      <dl className="app-search-result__details">
        {details.map(({ label, value }) => (
          <div className="app-search-result__detail" key={label}>
            <dt className="app-search-result__label">{label}</dt>
            <dd className="app-search-result__value">{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

type TTag = { label: string; colour: "red" | "green" | "grey" | "blue" };

export function ResultTags({ tags }: { tags: readonly (TTag | false)[] }) {
  const shown = tags.filter((tag): tag is TTag => tag !== false);
  if (shown.length === 0) return null;
  return (
    <ul className="app-tag-list app-search-result__tags">
      {shown.map(({ label, colour }) => (
        <li key={label}>
          <strong className={`govuk-tag govuk-tag--${colour}`}>{label}</strong>
        </li>
      ))}
    </ul>
  );
}

export function TenureStatusTag({ isActive }: { isActive: boolean }) {
  return isActive ? (
    <strong className="govuk-tag govuk-tag--green">Active</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Ended</strong>
  );
}

export const cautionaryAlertTag: TTag = { label: "Cautionary alert", colour: "red" };

/** "Ann Bell, Joe Bell" or "None". */
export function namesOrNone(names: readonly string[]): string {
  return names.length === 0 ? "None" : names.join(", ");
}
