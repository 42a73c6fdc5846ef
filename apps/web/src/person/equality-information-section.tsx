import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TEqualityInformation } from "@housing/schemas/person-sensitive";
import { ZEqualityChanges } from "@housing/schemas/person-sensitive";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { SummaryRow } from "../components/summary-row.tsx";
import { TextInput } from "../components/text-input.tsx";
import { Textarea } from "../components/textarea.tsx";
import { formatDateTime } from "../dates/display-dates.ts";
import { trpc } from "../trpc.ts";
import { type TEqualityValues, equalityChangesFrom, equalityValuesFrom } from "./equality-information.ts";
import { Identifications } from "./identifications.tsx";
import { PersonFormButtons } from "./person-form-parts.tsx";

const fields = ["gender", "nationality", "ethnicity", "languages"] as const;

function shown(value: string | null) {
  return value ?? <span className="app-secondary-text">Not given</span>;
}

function EqualitySummary({ information }: { information: TEqualityInformation }) {
  const languages = [...information.languages].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return (
    <dl className="govuk-summary-list">
      <SummaryRow label="Gender">{shown(information.gender)}</SummaryRow>
      <SummaryRow label="Nationality">{shown(information.nationality)}</SummaryRow>
      <SummaryRow label="Ethnicity">{shown(information.ethnicity)}</SummaryRow>
      <SummaryRow label="Languages">
        {languages.length === 0
          ? shown(null)
          : languages.map(({ language, isPrimary }) => `${language}${isPrimary ? " (main language)" : ""}`).join(", ")}
      </SummaryRow>
    </dl>
  );
}

type TEqualityFormProps = { information: TEqualityInformation; onDone: () => void };

/** The equality form as typed, and saving it against the version it was started from. */
function useEqualityForm({ information, onDone }: TEqualityFormProps) {
  const utils = trpc.useUtils();
  const update = trpc.person.equality.update.useMutation();
  const [values, setValues] = useState<TEqualityValues>(() => equalityValuesFrom(information));
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);

  function toErrors(fieldErrors: readonly { path: string; message: string }[]): TErrorSummaryItem[] {
    return fieldErrors.map(({ path, message }) => {
      const field = fields.find((name) => path.replace(/^data\./, "").startsWith(name));
      return { targetId: field === undefined ? undefined : `equality-${field}`, message };
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = equalityChangesFrom(values);
    const parsed = ZEqualityChanges.safeParse(data);
    if (!parsed.success) {
      setErrors(toErrors(fieldErrorsFromIssues(parsed.error.issues)));
      return;
    }
    update.mutate(
      { personId: information.personId, version: information.version, data },
      {
        onSuccess: (saved) => {
          utils.person.equality.get.setData({ personId: saved.personId }, saved);
          onDone();
        },
        onError: (error) => {
          const status = httpStatusOf(error);
          if (status === 409) {
            void utils.person.equality.get.invalidate({ personId: information.personId });
            setErrors([
              {
                message:
                  "Someone else changed this equality information while you were editing. Cancel to see the latest version, then make your changes again.",
              },
            ]);
            return;
          }
          const fieldErrors = toErrors(fieldErrorsOf(error));
          setErrors(
            fieldErrors.length > 0
              ? fieldErrors
              : [{ message: "Sorry, the equality information could not be saved. Try again." }],
          );
        },
      },
    );
  }

  return { values, setValues, errors, handleSubmit, isSaving: update.isPending };
}

function EqualityForm(props: TEqualityFormProps) {
  const { values, setValues, errors, handleSubmit, isSaving } = useEqualityForm(props);
  const errorFor = (field: string) => errors.find((error) => error.targetId === `equality-${field}`)?.message;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Equality information">
      <ErrorSummary errors={errors} />
      {(["gender", "nationality", "ethnicity"] as const).map((field) => (
        <TextInput
          key={field}
          id={`equality-${field}`}
          name={field}
          label={`${field.charAt(0).toUpperCase()}${field.slice(1)} (optional)`}
          labelClassName="govuk-label--s"
          widthClassName="govuk-!-width-two-thirds"
          autoComplete="off"
          value={values[field]}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          error={errorFor(field)}
        />
      ))}
      <Textarea
        id="equality-languages"
        name="languages"
        label="Languages (optional)"
        labelClassName="govuk-label--s"
        hint="One a line, their main language first"
        value={values.languages}
        onChange={(event) => setValues({ ...values, languages: event.target.value })}
        error={errorFor("languages")}
      />
      <PersonFormButtons label="Save equality information" isBusy={isSaving} cancel={{ onClick: props.onDone }} />
    </form>
  );
}

function RevealedEquality({ personId }: { personId: string }) {
  const equality = trpc.person.equality.get.useQuery({ personId });
  const [isEditing, setIsEditing] = useState(false);

  if (httpStatusOf(equality.error) === 403) {
    return <p className="govuk-inset-text">Your role does not give you access to equality information.</p>;
  }
  if (equality.isError) {
    return <p className="govuk-body">Sorry, the equality information could not be loaded.</p>;
  }
  if (equality.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  const information = equality.data;
  if (isEditing) return <EqualityForm information={information} onDone={() => setIsEditing(false)} />;
  return (
    <>
      <EqualitySummary information={information} />
      <p className="govuk-body-s app-secondary-text">
        {information.modifiedAt === null || information.modifiedBy === null
          ? "Nothing has been recorded yet."
          : `Last changed ${formatDateTime(information.modifiedAt)} by ${information.modifiedBy.name}.`}
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setIsEditing(true)}>
        Change equality information
      </button>
      <Identifications information={information} />
    </>
  );
}

/**
 * Equality and identity information is sensitive and every read is audited, so it is fetched only
 * when an officer asks to see it; roles the council has not allowed are told so, never shown it.
 */
export function EqualityInformationSection({ personId }: { personId: string }) {
  const [isRevealed, setIsRevealed] = useState(false);
  return (
    <section
      id="equality-information"
      aria-labelledby="equality-information-heading"
      className="govuk-!-margin-bottom-8"
    >
      <h2 className="govuk-heading-m" id="equality-information-heading">
        Equality information
      </h2>
      {isRevealed ? (
        <RevealedEquality personId={personId} />
      ) : (
        <>
          <p className="govuk-body">
            Only some roles can see this information, and each time it is viewed is recorded.
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setIsRevealed(true)}>
            Show equality information
          </button>
        </>
      )}
    </section>
  );
}
