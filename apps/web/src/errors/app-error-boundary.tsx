import { Component, type ErrorInfo, type ReactNode } from "react";
import { StandaloneProblemPage } from "./problem-page.tsx";

type State = { hasFailed: boolean };

/** Last line of defence around the providers and router: a friendly page, never a blank one. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasFailed: false };

  static getDerivedStateFromError(): State {
    return { hasFailed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasFailed ? <StandaloneProblemPage /> : this.props.children;
  }
}
