import { useLocation, useSearchParams } from "react-router";
import { formatDateTime } from "../dates/display-dates.ts";
import { Pagination } from "./pagination.tsx";
import { SectionLoadFailed, SectionLoading } from "./section-load-state.tsx";

export const activityPageSize = 10;
const pageParam = "activityPage";

/** The page of activity the address asks for (?activityPage=2), and the address of any other page. */
export function useActivityPage(): { page: number; hrefFor: (page: number) => string } {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const requested = Number(searchParams.get(pageParam) ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;

  function hrefFor(target: number): string {
    const next = new URLSearchParams(searchParams);
    if (target === 1) next.delete(pageParam);
    else next.set(pageParam, String(target));
    const query = next.toString();
    return query === "" ? pathname : `${pathname}?${query}`;
  }

  return { page, hrefFor };
}

type TActivityEvent = { id: string; occurredAt: string };

type ActivityHistoryProps<TEvent extends TActivityEvent> = {
  /** The query for one page of activity, newest first. */
  activity: { data: { results: TEvent[]; total: number } | undefined; isError: boolean; refetch: () => unknown };
  page: number;
  hrefFor: (page: number) => string;
  describe: (event: TEvent) => string;
  /** "No changes have been recorded for this person yet." */
  emptyText: string;
};

/** Who did what and when, newest first, ten to a page; the page is in the address. */
export function ActivityHistory<TEvent extends TActivityEvent>({
  activity,
  page,
  hrefFor,
  describe,
  emptyText,
}: ActivityHistoryProps<TEvent>) {
  let content;
  if (activity.data === undefined && !activity.isError) {
    content = <SectionLoading>Loading the activity history…</SectionLoading>;
  } else if (activity.data === undefined) {
    content = <SectionLoadFailed what="the activity history" retry={() => void activity.refetch()} />;
  } else if (activity.data.total === 0) {
    content = <p className="govuk-body">{emptyText}</p>;
  } else {
    const { results, total } = activity.data;
    const first = (page - 1) * activityPageSize + 1;
    const last = first + results.length - 1;
    content = (
      <>
        {total > activityPageSize ? (
          <p className="govuk-body-s app-secondary-text">
            Showing {first} to {last} of {total} changes
          </p>
        ) : null}
        <ol className="app-timeline" aria-labelledby="activity-history-heading">
          {results.map((event) => (
            <li className="app-timeline__item" key={event.id}>
              <p className="govuk-body govuk-!-margin-bottom-1">{describe(event)}</p>
              <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </p>
            </li>
          ))}
        </ol>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / activityPageSize)}
          hrefFor={hrefFor}
          label="Activity history pages"
        />
      </>
    );
  }

  return (
    <section id="activity-history" aria-labelledby="activity-history-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="activity-history-heading">
        Activity history
      </h2>
      {content}
    </section>
  );
}
