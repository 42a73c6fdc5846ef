import { useState } from "react";
import { ApiError } from "../api/api-error.ts";
import { fetchFile, saveFile } from "../api/file-download.ts";

type DownloadState = { status: "idle" } | { status: "preparing" } | { status: "failed"; message: string };

function failureMessage(error: unknown): string {
  // The server says why it refused (who may download, which filter is wrong); anything else is a
  // network failure or a download cut off part-way, and trying again is the way out.
  if (error instanceof ApiError && error.status < 500) return error.message;
  return "The download did not finish. Try again, and if it still does not work, try again later.";
}

type DownloadCsvButtonProps = {
  /** The export's address with the search's filters, e.g. /api/v1/search/persons/export?searchText=… */
  href: string;
  label?: string;
};

/**
 * Downloads a CSV export with the user's token and saves it under the server's file name; says
 * "Preparing download…" while the server writes every page, and why when it did not work.
 */
export function DownloadCsvButton({ href, label = "Download CSV" }: DownloadCsvButtonProps) {
  const [state, setState] = useState<DownloadState>({ status: "idle" });
  const isPreparing = state.status === "preparing";

  async function download() {
    // aria-disabled rather than disabled keeps focus on the button while it works.
    if (isPreparing) return;
    setState({ status: "preparing" });
    try {
      saveFile(await fetchFile(href, "text/csv"));
      setState({ status: "idle" });
    } catch (error) {
      setState({ status: "failed", message: failureMessage(error) });
    }
  }

  return (
    <div className="govuk-!-margin-bottom-4">
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        aria-disabled={isPreparing}
        onClick={() => void download()}
      >
        {label}
      </button>
      {/* Always on the page, so the change to "Preparing download…" is announced; a live region rather
          than role="status" leaves the page's own status line the only one. */}
      <p className="govuk-body govuk-!-margin-bottom-0" aria-live="polite">
        {isPreparing ? "Preparing download…" : ""}
      </p>
      {state.status === "failed" ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {state.message}
        </p>
      ) : null}
    </div>
  );
}
