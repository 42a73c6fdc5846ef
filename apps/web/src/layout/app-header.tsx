import { Link, useLocation, useNavigate } from "react-router";
import { roleLabelsOf } from "../auth/auth-api.ts";
import { endSession, useSignedInUser } from "../auth/session-store.ts";
import { serviceName } from "./page-title.tsx";

function SignedInAccount({ name, roleLabel }: { name: string; roleLabel: string }) {
  const navigate = useNavigate();

  function signOut() {
    endSession("signed-out");
    void navigate("/sign-in");
  }

  return (
    <div className="app-header__account">
      <p className="govuk-body-s govuk-!-margin-0 app-header__role">
        <span className="govuk-visually-hidden">Signed in as </span>
        <span className="app-header__user-name">{name}</span> <span>({roleLabel})</span>
      </p>
      <button type="button" className="app-header__sign-out" onClick={signOut}>
        Sign out
      </button>
    </div>
  );
}

export function AppHeader() {
  const user = useSignedInUser();
  const { pathname } = useLocation();

  return (
    <header className="app-header" role="banner">
      <div className="govuk-width-container app-header__container">
        <Link to="/" className="app-header__service-name">
          {serviceName}
        </Link>
        {user !== null ? (
          <SignedInAccount name={user.name} roleLabel={roleLabelsOf(user.roles)} />
        ) : pathname === "/sign-in" ? null : (
          <Link to="/sign-in" className="app-header__link govuk-!-font-weight-bold">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
