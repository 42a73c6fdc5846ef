import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TEqualityInformation } from "@housing/schemas/person-sensitive";
import { ZAddIdentificationInput, identificationTypes } from "@housing/schemas/person-sensitive";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Select } from "../components/select.tsx";
import { SingleCheckbox } from "../components/single-checkbox.tsx";
import { TableHead } from "../components/table-head.tsx";
import { TextInput } from "../components/text-input.tsx";
import { formatDateTime } from "../dates/display-dates.ts";
import { trpc } from "../trpc.ts";
import { identificationTypeLabels } from "./equality-information.ts";
import { PersonFormButtons } from "./person-form-parts.tsx";
import { StackingTable } from "../components/stacking-table.tsx";

type TIdentification = TEqualityInformation["identifications"][number];

const formFields = ["identificationType", "value", "linkToDocument"] as const;
const typeOptions = [
  { value: "", label: "Select a document" },
  ...identificationTypes.map((type) => ({ value: type, label: identificationTypeLabels[type] ?? type })),
];

function toSummaryItems(fieldErrors: readonly { path: string; message: string }[]): TErrorSummaryItem[] {
  return fieldErrors.map(({ path, message }) => {
    const field = formFields.find((name) => path === name);
    return { targetId: field === undefined ? undefined : `identification-${field}`, message };
  });
}

type TAddIdentificationProps = { personId: string; onDone: (message: string) => void };

/** The add form as typed, and saving it. */
function useAddIdentification({ personId, onDone }: TAddIdentificationProps) {
  const utils = trpc.useUtils();
  const add = trpc.person.equality.addIdentification.useMutation();
  const [values, setValues] = useState({ identificationType: "", value: "", linkToDocument: "" });
  const [isOriginalDocumentSeen, setIsOriginalDocumentSeen] = useState(false);
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      personId,
      identificationType: values.identificationType,
      value: values.value.trim(),
      isOriginalDocumentSeen,
      ...(values.linkToDocument.trim() === "" ? {} : { linkToDocument: values.linkToDocument.trim() }),
    };
    const parsed = ZAddIdentificationInput.safeParse(input);
    if (!parsed.success) {
      setErrors(toSummaryItems(fieldErrorsFromIssues(parsed.error.issues)));
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: (saved) => {
        utils.person.equality.get.setData({ personId }, saved);
        onDone(`${identificationTypeLabels[parsed.data.identificationType] ?? "Identification"} added`);
      },
      onError: (error) => {
        const fieldErrors = toSummaryItems(fieldErrorsOf(error));
        setErrors(
          fieldErrors.length > 0
            ? fieldErrors
            : [{ message: "Sorry, the identification could not be saved. Try again." }],
        );
      },
    });
  }

  return {
    values,
    setValues,
    isOriginalDocumentSeen,
    setIsOriginalDocumentSeen,
    errors,
    handleSubmit,
    isSaving: add.isPending,
  };
}

function AddIdentificationForm(props: TAddIdentificationProps) {
  const { values, setValues, isOriginalDocumentSeen, setIsOriginalDocumentSeen, errors, handleSubmit, isSaving } =
    useAddIdentification(props);
  const errorFor = (field: string) => errors.find((error) => error.targetId === `identification-${field}`)?.message;
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Add identification">
      <h3 className="govuk-heading-s">Add identification</h3>
      <ErrorSummary errors={errors} />
      <Select
        id="identification-identificationType"
        name="identificationType"
        label="Document"
        options={typeOptions}
        value={values.identificationType}
        onChange={(event) => setValues({ ...values, identificationType: event.target.value })}
        error={errorFor("identificationType")}
      />
      <TextInput
        id="identification-value"
        name="value"
        label="Document number"
        widthClassName="govuk-!-width-one-half"
        autoComplete="off"
        spellCheck={false}
        value={values.value}
        onChange={(event) => setValues({ ...values, value: event.target.value })}
        error={errorFor("value")}
      />
      <SingleCheckbox
        id="identification-isOriginalDocumentSeen"
        name="isOriginalDocumentSeen"
        label="I have seen the original document"
        checked={isOriginalDocumentSeen}
        onChange={setIsOriginalDocumentSeen}
      />
      <TextInput
        id="identification-linkToDocument"
        name="linkToDocument"
        label="Link to the scanned document (optional)"
        hint="The full web address in the council's document store"
        type="url"
        autoComplete="off"
        value={values.linkToDocument}
        onChange={(event) => setValues({ ...values, linkToDocument: event.target.value })}
        error={errorFor("linkToDocument")}
      />
      <PersonFormButtons label="Add identification" isBusy={isSaving} cancel={{ onClick: () => props.onDone("") }} />
    </form>
  );
}

function labelOf(identification: TIdentification): string {
  return identificationTypeLabels[identification.identificationType] ?? identification.identificationType;
}

type TIdentificationsTableProps = {
  identifications: readonly TIdentification[];
  isRemoving: boolean;
  onRemove: (identification: TIdentification) => void;
};

function IdentificationsTable({ identifications, isRemoving, onRemove }: TIdentificationsTableProps) {
  return (
    <StackingTable>
      <caption className="govuk-visually-hidden">Identification seen</caption>
      <TableHead columns={["Document", "Number", "Recorded", { label: "Actions", isHidden: true }]} />
      <tbody className="govuk-table__body">
        {identifications.map((identification) => (
          <IdentificationRow
            key={identification.id}
            identification={identification}
            isRemoving={isRemoving}
            onRemove={onRemove}
          />
        ))}
      </tbody>
    </StackingTable>
  );
}

type TIdentificationRowProps = {
  identification: TIdentification;
  isRemoving: boolean;
  onRemove: (identification: TIdentification) => void;
};

function IdentificationRow({ identification, isRemoving, onRemove }: TIdentificationRowProps) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        {labelOf(identification)}
        {identification.isOriginalDocumentSeen ? " (original seen)" : ""}
        {identification.linkToDocument === null ? null : (
          <>
            {" "}
            <a className="govuk-link" href={identification.linkToDocument} rel="noreferrer" target="_blank">
              scan
              <span className="govuk-visually-hidden"> of the {labelOf(identification).toLowerCase()}</span>
            </a>
          </>
        )}
      </td>
      <td className="govuk-table__cell">{identification.value}</td>
      <td className="govuk-table__cell">
        {formatDateTime(identification.createdAt)} by {identification.createdBy.name}
      </td>
      <td className="govuk-table__cell">
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          aria-label={`Remove ${labelOf(identification).toLowerCase()} ${identification.value}`}
          disabled={isRemoving}
          onClick={() => onRemove(identification)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

/** Identity documents seen for a person: added and removed one at a time, each change audited by the API. */
export function Identifications({ information }: { information: TEqualityInformation }) {
  const utils = trpc.useUtils();
  const remove = trpc.person.equality.removeIdentification.useMutation();
  const [isAdding, setIsAdding] = useState(false);
  const [toRemove, setToRemove] = useState<TIdentification | null>(null);
  const [status, setStatus] = useState("");

  function confirmRemove() {
    if (toRemove === null) return;
    const removing = toRemove;
    setToRemove(null);
    remove.mutate(
      { personId: information.personId, identificationId: removing.id },
      {
        onSuccess: (saved) => {
          utils.person.equality.get.setData({ personId: information.personId }, saved);
          setStatus(`${labelOf(removing)} removed`);
        },
        onError: () => setStatus(`Sorry, the ${labelOf(removing).toLowerCase()} could not be removed. Try again.`),
      },
    );
  }

  return (
    <div className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s">Identification seen</h3>
      <p className="govuk-body" role="status">
        {status}
      </p>
      {information.identifications.length === 0 ? (
        <p className="govuk-body app-secondary-text">No identification recorded.</p>
      ) : (
        <IdentificationsTable
          identifications={information.identifications}
          isRemoving={remove.isPending}
          onRemove={setToRemove}
        />
      )}
      {isAdding ? (
        <AddIdentificationForm
          personId={information.personId}
          onDone={(message) => {
            setIsAdding(false);
            setStatus(message);
          }}
        />
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setStatus("");
            setIsAdding(true);
          }}
        >
          Add identification
        </button>
      )}
      <ConfirmDialog
        open={toRemove !== null}
        title="Remove this identification?"
        confirmLabel="Remove identification"
        cancelLabel="Keep it"
        isDestructive
        onConfirm={confirmRemove}
        onCancel={() => setToRemove(null)}
      >
        {toRemove === null ? null : (
          <p className="govuk-body">
            {labelOf(toRemove)} {toRemove.value} will no longer show as seen. The removal is recorded.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
