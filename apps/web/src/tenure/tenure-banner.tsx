import { useLocation } from "react-router";
import { z } from "zod";
import { FocusedSuccessBanner } from "../components/focused-success-banner.tsx";

const ZTenurePageState = z.object({ tenureBanner: z.string() });

/** The state a form hands the tenure page it goes to, to say what it did. */
export function tenurePageState(message: string) {
  return { tenureBanner: message };
}

/** Confirms a change on the tenure page: from the form that came here, or from an action on the page itself. */
export function TenureBanner({ message }: { message: string | undefined }) {
  const state = ZTenurePageState.safeParse(useLocation().state);
  const shown = message ?? (state.success ? state.data.tenureBanner : undefined);
  return shown === undefined ? null : <FocusedSuccessBanner titleId="tenure-banner" message={shown} />;
}
