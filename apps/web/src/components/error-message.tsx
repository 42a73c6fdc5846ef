export function errorMessageId(fieldId: string): string {
  return `${fieldId}-error`;
}

/** A field's error in the GOV.UK pattern, with a visually hidden "Error:" prefix for screen readers. */
export function ErrorMessage({ fieldId, message }: { fieldId: string; message: string }) {
  return (
    <p id={errorMessageId(fieldId)} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}
