import { createBrowserRouter } from "react-router";
import { RequireSignIn } from "./auth/require-sign-in.tsx";
import { SignInPage } from "./auth/sign-in-page.tsx";
import { NotFoundPage } from "./errors/not-found-page.tsx";
import { AccountsPage } from "./finance/accounts-page.tsx";
import { PaymentPage } from "./finance/payment-page.tsx";
import { SuspensePage } from "./finance/suspense-page.tsx";
import { RootErrorPage, RouteErrorPage } from "./errors/route-error-page.tsx";
import { HomePage } from "./home/home-page.tsx";
import { PageShell } from "./layout/page-shell.tsx";
import { AddPersonPage } from "./person/add-person-page.tsx";
import { EditPersonPage } from "./person/edit-person-page.tsx";
import { PersonPage } from "./person/person-page.tsx";
import { EditPropertyPage } from "./property/edit-property-page.tsx";
import { PropertyPage } from "./property/property-page.tsx";
import { SearchPage } from "./search/search-page.tsx";
import { StartTenancyPage } from "./tenure/start-tenancy-page.tsx";
import { TenurePage } from "./tenure/tenure-page.tsx";

/**
 * Every page sits in the shell; a page that fails shows the error inside the shell (header and
 * sign-out still there), and only a failure of the shell itself falls back to the root page.
 */
export const router = createBrowserRouter([
  {
    errorElement: <RootErrorPage />,
    element: <PageShell />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { path: "/sign-in", element: <SignInPage /> },
          {
            element: <RequireSignIn />,
            children: [
              { index: true, element: <HomePage /> },
              { path: "/search", element: <SearchPage /> },
              { path: "/persons/new", element: <AddPersonPage /> },
              { path: "/persons/:id", element: <PersonPage /> },
              { path: "/persons/:id/edit", element: <EditPersonPage /> },
              { path: "/tenures/:id", element: <TenurePage /> },
              { path: "/properties/:id", element: <PropertyPage /> },
              { path: "/properties/:id/edit", element: <EditPropertyPage /> },
              { path: "/properties/:id/start-tenancy", element: <StartTenancyPage /> },
              { path: "/finance/accounts", element: <AccountsPage /> },
              { path: "/finance/suspense", element: <SuspensePage /> },
              { path: "/finance/suspense/:transactionId", element: <PaymentPage /> },
            ],
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
