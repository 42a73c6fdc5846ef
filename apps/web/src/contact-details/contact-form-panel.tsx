import { type FormEvent, type ReactNode, useEffect, useRef } from "react";
import { Link } from "react-router";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";

type TContactFormPanelProps = {
  headingId: string;
  heading: ReactNode;
  problems: readonly TErrorSummaryItem[];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  isSubmitting: boolean;
  /** Where Cancel goes: the person page without the form. */
  closeHref: string;
  children: ReactNode;
};

/**
 * A form opened among the person's records (add one, share one): a panel with the error summary,
 * a heading that takes focus when it opens, the fields, then Save and Cancel.
 */
export function ContactFormPanel({
  headingId,
  heading,
  problems,
  onSubmit,
  submitLabel,
  isSubmitting,
  closeHref,
  children,
}: TContactFormPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: "start" });
  }, []);

  return (
    <div className="app-contact-form">
      <ErrorSummary errors={problems} />
      <h3 className="govuk-heading-m" id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        {children}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={isSubmitting}>
            {submitLabel}
          </button>
          <Link className="govuk-link" to={closeHref} preventScrollReset>
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
