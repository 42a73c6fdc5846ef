import type { TDemoUser } from "@housing/schemas/auth";
import { type FormEvent, useState } from "react";
import { Navigate, useSearchParams } from "react-router";
import { type TErrorSummaryItem, ErrorSummary } from "../components/error-summary.tsx";
import { Radios } from "../components/radios.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { serviceAreaLabelsOf, useAuthConfig, useDemoUsers, useDevSignIn } from "./auth-api.ts";
import { safeReturnPath } from "./return-to.ts";
import { type TSessionEndReason, useSessionState } from "./session-store.ts";

const demoUserFieldId = "userId";

function SessionEndedBanner({ reason }: { reason: TSessionEndReason }) {
  const isExpired = reason === "expired";
  return (
    <div
      className={`govuk-notification-banner${isExpired ? "" : " govuk-notification-banner--success"}`}
      role={isExpired ? "region" : "alert"}
      aria-labelledby="session-ended-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="session-ended-title">
          {isExpired ? "Important" : "Success"}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {isExpired ? "Your session has ended. Sign in again to continue." : "You have signed out."}
        </p>
      </div>
    </div>
  );
}

function SingleSignOnMessage() {
  return (
    <>
      <p className="govuk-body">
        Staff sign in to Housing Platform through the council&apos;s single sign-on, which issues the access token this
        service accepts.
      </p>
      <p className="govuk-body">
        Development sign-in is switched off on this server. If you cannot get in, contact the service desk.
      </p>
    </>
  );
}

function demoUserHint(user: TDemoUser): string {
  return `${user.email} · ${serviceAreaLabelsOf(user.serviceAreas)}`;
}

function DevSignInForm({ users }: { users: readonly TDemoUser[] }) {
  const [userId, setUserId] = useState<string | null>(null);
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);
  const signIn = useDevSignIn();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (userId === null) {
      setErrors([{ targetId: demoUserFieldId, message: "Select the demo user to sign in as" }]);
      return;
    }
    setErrors([]);
    signIn.mutate(userId, {
      onError: (error) =>
        setErrors([{ targetId: demoUserFieldId, message: `Sign-in failed: ${error.message}. Try again.` }]),
    });
  }

  const fieldError = errors.find((error) => error.targetId === demoUserFieldId)?.message;

  return (
    <>
      <PageTitle title="Sign in" hasErrors={errors.length > 0} />
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Sign in</h1>
      <p className="govuk-body">
        This is a development server: choose a demo member of staff to try the service with their role.
      </p>
      <form onSubmit={handleSubmit} noValidate>
        <Radios
          id={demoUserFieldId}
          name="userId"
          legend="Who do you want to sign in as?"
          legendClassName="govuk-fieldset__legend--m"
          error={fieldError}
          value={userId}
          onChange={setUserId}
          options={users.map((user) => ({
            value: user.id,
            label: `${user.name} (${user.roleLabel})`,
            hint: demoUserHint(user),
          }))}
        />
        <button type="submit" className="govuk-button" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
    </>
  );
}

function LoadFailure({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <>
      <PageTitle title="Sign in" hasErrors />
      <h1 className="govuk-heading-l">Sign in</h1>
      <div className="govuk-inset-text">
        <p className="govuk-body">Sorry, we could not load {what}. The service may be starting up.</p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={onRetry}
        >
          Try again
        </button>
      </div>
    </>
  );
}

function Loading() {
  return (
    <>
      <PageTitle title="Sign in" />
      <h1 className="govuk-heading-l">Sign in</h1>
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </>
  );
}

export function SignInPage() {
  const { session, endReason } = useSessionState();
  const [searchParams] = useSearchParams();
  const config = useAuthConfig();
  const devSignInEnabled = config.data?.devSignInEnabled === true;
  const demoUsers = useDemoUsers({ enabled: devSignInEnabled && session === null });

  if (session !== null) return <Navigate to={safeReturnPath(searchParams.get("returnTo"))} replace />;

  let content;
  if (config.isPending) {
    content = <Loading />;
  } else if (config.isError) {
    content = <LoadFailure what="the sign-in options" onRetry={() => void config.refetch()} />;
  } else if (!devSignInEnabled) {
    content = (
      <>
        <PageTitle title="Sign in" />
        <h1 className="govuk-heading-l">Sign in</h1>
        <SingleSignOnMessage />
      </>
    );
  } else if (demoUsers.isPending) {
    content = <Loading />;
  } else if (demoUsers.isError) {
    content = <LoadFailure what="the demo users" onRetry={() => void demoUsers.refetch()} />;
  } else {
    content = <DevSignInForm users={demoUsers.data.users} />;
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {endReason === null ? null : <SessionEndedBanner reason={endReason} />}
        {content}
      </div>
    </div>
  );
}
