import type { TTenure } from "@housing/schemas/tenure";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { z } from "zod";
import { httpStatusOf } from "../api/retry-policy.ts";
import { NotFoundPage } from "../errors/not-found-page.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { trpc } from "../trpc.ts";

const ZTenureId = z.uuid();

/**
 * Loads the tenure the address names. An id that is not a uuid, or that no tenure has, gets
 * "Tenure not found" (no request is made for a malformed id); a failed request gets a retry.
 */
export function TenureLoader({ children }: { children: (tenure: TTenure) => ReactNode }) {
  const { id = "" } = useParams();
  const isTenureId = ZTenureId.safeParse(id).success;
  const tenure = trpc.tenure.get.useQuery({ id }, { enabled: isTenureId });

  if (!isTenureId) return <NotFoundPage what="Tenure" />;
  if (tenure.data !== undefined) return children(tenure.data);
  if (httpStatusOf(tenure.error) === 404) return <NotFoundPage what="Tenure" />;
  if (tenure.isError) {
    return (
      <>
        <PageTitle title="Tenure" hasErrors />
        <h1 className="govuk-heading-l">Sorry, we could not load this tenure</h1>
        <p className="govuk-body">{tenure.error.message}</p>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void tenure.refetch()}>
          Try again
        </button>
      </>
    );
  }
  return (
    <>
      <PageTitle title="Tenure" />
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </>
  );
}
