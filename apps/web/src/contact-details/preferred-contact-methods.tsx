import type { TServiceArea } from "@housing/schemas/auth";
import type { contactMethods } from "@housing/schemas/contact-details";
import { type FormEvent, useState } from "react";
import { ErrorMessage } from "../components/error-message.tsx";
import { Radios } from "../components/radios.tsx";
import { trpc } from "../trpc.ts";
import { serviceAreaInSentence, serviceAreaLabels } from "./contact-detail-labels.ts";

type TMethodChoice = (typeof contactMethods)[number] | "none";

const methodLabels: Record<TMethodChoice, string> = {
  phone: "Phone",
  email: "Email",
  post: "Post",
  none: "No preference",
};

function MethodForm({
  personId,
  area,
  current,
  onDone,
}: {
  personId: string;
  area: TServiceArea;
  current: TMethodChoice;
  onDone: () => void;
}) {
  const utils = trpc.useUtils();
  const save = trpc.contactDetails.setPreferredMethod.useMutation();
  const [choice, setChoice] = useState<TMethodChoice>(current);
  const legendId = `preferred-method-${area}`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(
      { personId, serviceArea: area, method: choice === "none" ? null : choice },
      {
        onSuccess: (methods) => {
          utils.contactDetails.preferredMethods.setData({ personId }, methods);
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Preferred contact method for ${serviceAreaInSentence(area)}`}>
      {save.isError ? (
        <ErrorMessage fieldId={legendId} message="Sorry, the preferred contact method could not be saved. Try again" />
      ) : null}
      <Radios
        id={legendId}
        name={legendId}
        legend={`How does this person prefer ${serviceAreaInSentence(area)} to contact them?`}
        options={(["phone", "email", "post", "none"] as const).map((method) => ({
          value: method,
          label: methodLabels[method],
        }))}
        value={choice}
        onChange={setChoice}
        inline
        small
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" disabled={save.isPending}>
          Save preference
        </button>
        <button type="button" className="app-link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** How the person likes each of the officer's areas to contact them: phone, email or post. */
export function PreferredContactMethods({ personId, areas }: { personId: string; areas: readonly TServiceArea[] }) {
  const methods = trpc.contactDetails.preferredMethods.useQuery({ personId }, { enabled: areas.length > 0 });
  const [editing, setEditing] = useState<TServiceArea | null>(null);

  if (areas.length === 0 || methods.data === undefined) return null;

  return (
    <div className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s">Preferred contact method</h3>
      <dl className="govuk-summary-list app-contact-list">
        {areas.map((area) => {
          const method = methods.data.find((row) => row.serviceArea === area)?.method;
          const label = areas.length === 1 ? "Preferred method" : serviceAreaLabels[area];
          return (
            <div className="govuk-summary-list__row" key={area}>
              <dt className="govuk-summary-list__key">{label}</dt>
              <dd className="govuk-summary-list__value">
                {editing === area ? (
                  <MethodForm
                    personId={personId}
                    area={area}
                    current={method ?? "none"}
                    onDone={() => setEditing(null)}
                  />
                ) : method === undefined ? (
                  <span className="app-secondary-text">No preference given</span>
                ) : (
                  methodLabels[method]
                )}
              </dd>
              <dd className="govuk-summary-list__actions">
                {editing === area ? null : (
                  <button type="button" className="app-link-button" onClick={() => setEditing(area)}>
                    Change
                    <span className="govuk-visually-hidden">
                      {" "}
                      preferred contact method for {serviceAreaInSentence(area)}
                    </span>
                  </button>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
