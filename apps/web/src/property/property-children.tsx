import type { TAsset } from "@housing/schemas/tenure";
import { useEffect, useRef } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { Pagination } from "../components/pagination.tsx";
import { SectionLoadFailed, SectionLoading } from "../components/section-load-state.tsx";
import { TableHead } from "../components/table-head.tsx";
import { trpc } from "../trpc.ts";
import { clientPage } from "./client-pages.ts";
import { assetTypeLabels, childrenCountLabel, childrenHeading, propertyTitle } from "./property-labels.ts";
import { StackingTable } from "../components/stacking-table.tsx";

const pageSize = 50;
// In the address, so a reload, Back or a shared link keeps the page.
const pageParam = "childrenPage";

/** The blocks of an estate or the homes of a block, in address order, 50 to a page. */
export function PropertyChildren({ asset }: { asset: TAsset }) {
  const children = trpc.asset.children.useQuery({ id: asset.id });
  const [searchParams] = useSearchParams();
  const { pathname } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const requestedPage = searchParams.get(pageParam);
  const lastRequestedPage = useRef(requestedPage);

  // Another page of the list was chosen below it: take the reader to the top of the list, not the page.
  useEffect(() => {
    if (lastRequestedPage.current === requestedPage) return;
    lastRequestedPage.current = requestedPage;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView();
  }, [requestedPage]);

  let heading = childrenHeading(asset, []);
  let content;
  if (children.isPending) {
    content = <SectionLoading />;
  } else if (children.isError) {
    content = <SectionLoadFailed what="the list" retry={() => void children.refetch()} />;
  } else {
    const all = children.data.results;
    heading = childrenHeading(
      asset,
      all.map((child) => child.assetType),
    );
    // Homes contain nothing: the column is only worth its space when some child holds others.
    const showsContents = all.some((child) => child.childrenCount > 0);
    const shown = clientPage(all, requestedPage, pageSize);
    const hrefFor = (page: number) => {
      const next = new URLSearchParams(searchParams);
      if (page === 1) next.delete(pageParam);
      else next.set(pageParam, String(page));
      const query = next.toString();
      return query === "" ? pathname : `${pathname}?${query}`;
    };
    content = (
      <>
        {shown.pageCount > 1 ? (
          <p className="govuk-body" role="status">
            Showing {shown.from} to {shown.to} of {all.length}
          </p>
        ) : null}
        <StackingTable aria-labelledby="property-children-heading">
          <TableHead columns={["Property", "Type", "Property reference", ...(showsContents ? ["Contains"] : [])]} />
          <tbody className="govuk-table__body">
            {shown.items.map((child) => (
              <tr className="govuk-table__row" key={child.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/properties/${child.id}`}>
                    {propertyTitle(child)}
                  </Link>
                </td>
                <td className="govuk-table__cell">{assetTypeLabels[child.assetType]}</td>
                <td className="govuk-table__cell">{child.assetId}</td>
                {showsContents ? (
                  <td className="govuk-table__cell">{childrenCountLabel(child.assetType, child.childrenCount)}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </StackingTable>
        <Pagination page={shown.page} pageCount={shown.pageCount} hrefFor={hrefFor} label={`${heading} pages`} />
      </>
    );
  }

  return (
    <section aria-labelledby="property-children-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="property-children-heading" ref={headingRef} tabIndex={-1}>
        {heading} <span className="app-secondary-text">({asset.childrenCount})</span>
      </h2>
      {content}
    </section>
  );
}
