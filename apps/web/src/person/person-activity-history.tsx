import { useLocation, useSearchParams } from "react-router";
import { Pagination } from "../components/pagination.tsx";
import { formatDateTime } from "../dates/display-dates.ts";
import { trpc } from "../trpc.ts";
import { describeActivity } from "./activity-description.ts";

const pageSize = 10;
const pageParam = "activityPage";

function pageFrom(searchParams: URLSearchParams): number {
  const page = Number(searchParams.get(pageParam) ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Who changed what and when, newest first, ten to a page; the page is in the address (?activityPage=2). */
export function PersonActivityHistory({ personId }: { personId: string }) {
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const page = pageFrom(searchParams);
  const activity = trpc.person.activity.useQuery(
    { id: personId, page, pageSize },
    { placeholderData: (previous) => previous },
  );

  function hrefFor(target: number): string {
    const next = new URLSearchParams(searchParams);
    if (target === 1) next.delete(pageParam);
    else next.set(pageParam, String(target));
    const query = next.toString();
    return query === "" ? pathname : `${pathname}?${query}`;
  }

  let content;
  if (activity.isPending) {
    content = (
      <p className="govuk-body" role="status">
        Loading the activity history…
      </p>
    );
  } else if (activity.isError) {
    content = (
      <p className="govuk-body">
        Sorry, the activity history could not be loaded.{" "}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void activity.refetch()}>
          Try again
        </button>
      </p>
    );
  } else if (activity.data.total === 0) {
    content = <p className="govuk-body">No changes have been recorded for this person yet.</p>;
  } else {
    const { results, total } = activity.data;
    const first = (page - 1) * pageSize + 1;
    const last = first + results.length - 1;
    content = (
      <>
        {total > pageSize ? (
          <p className="govuk-body-s app-secondary-text">
            Showing {first} to {last} of {total} changes
          </p>
        ) : null}
        <ol className="app-timeline" aria-labelledby="activity-history-heading">
          {results.map((event) => (
            <li className="app-timeline__item" key={event.id}>
              <p className="govuk-body govuk-!-margin-bottom-1">{describeActivity(event)}</p>
              <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </p>
            </li>
          ))}
        </ol>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / pageSize)}
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
