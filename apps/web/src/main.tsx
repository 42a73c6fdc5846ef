import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { ApiProviders } from "./api/api-providers.tsx";
import { AppErrorBoundary } from "./errors/app-error-boundary.tsx";
import "./layout/styles.scss";
import { router } from "./router.tsx";

// govuk-frontend styles some components differently once it knows scripts run (no inline script: the CSP forbids it).
document.body.classList.add("js-enabled", "govuk-frontend-supported");

const rootElement = document.getElementById("root");
if (rootElement === null) throw new Error("index.html has no #root element");

createRoot(rootElement).render(
  <StrictMode>
    <AppErrorBoundary>
      <ApiProviders>
        <RouterProvider router={router} />
      </ApiProviders>
    </AppErrorBoundary>
  </StrictMode>,
);
