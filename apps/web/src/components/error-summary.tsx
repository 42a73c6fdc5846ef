import { type MouseEvent, useEffect, useRef } from "react";

export type TErrorSummaryItem = {
  /** The id of the input (or first input of a group) the message is about; none for a problem no field shows. */
  targetId?: string | undefined;
  message: string;
};

type ErrorSummaryProps = {
  errors: readonly TErrorSummaryItem[];
  title?: string;
};

/** Takes the user to the field: focus the input and bring its label or legend into view. */
function goToField(event: MouseEvent<HTMLAnchorElement>, targetId: string): void {
  const input = document.getElementById(targetId);
  if (input === null) return;
  event.preventDefault();
  const legendOrLabel =
    input.closest("fieldset")?.querySelector("legend") ??
    document.querySelector(`label[for="${CSS.escape(targetId)}"]`);
  (legendOrLabel ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: shown at the top of the main content after a failed submit, and
 * focused when it appears so screen reader users hear at once what went wrong.
 */
export function ErrorSummary({ errors, title = "There is a problem" }: ErrorSummaryProps) {
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;

  return (
    <div className="govuk-error-summary" ref={summaryRef} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map(({ targetId, message }) => (
              <li key={`${targetId ?? ""}:${message}`}>
                {targetId === undefined ? (
                  message
                ) : (
                  <a href={`#${targetId}`} onClick={(event) => goToField(event, targetId)}>
                    {message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
