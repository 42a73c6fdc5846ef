import { type ReactNode, useEffect, useId, useRef } from "react";

type ConfirmDialogProps = {
  open: boolean;
  /** The question, e.g. "Discard your changes?"; it names the dialog for screen readers. */
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** A confirm that loses work is a warning button. */
  isDestructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal question in a native <dialog>: focus stays inside it, Escape means "cancel", and focus
 * starts on the safe choice so a stray Enter loses nothing.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  isDestructive = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = `${useId()}-title`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="app-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="govuk-heading-m" id={titleId}>
        {title}
      </h2>
      {children}
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          className={`govuk-button${isDestructive ? " govuk-button--warning" : ""}`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
