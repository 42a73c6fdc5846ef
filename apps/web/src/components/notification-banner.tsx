import type { ReactNode } from "react";

type NotificationBannerProps = {
  /** The heading inside the banner: what happened, in a sentence. */
  heading: ReactNode;
  children?: ReactNode;
  /** Success banners confirm what the user just did and are announced at once. */
  type?: "success" | "important";
  titleId: string;
};

/** The GOV.UK notification banner: "Success" after an action, "Important" for something to know. */
export function NotificationBanner({ heading, children, type = "important", titleId }: NotificationBannerProps) {
  const isSuccess = type === "success";
  return (
    <div
      className={`govuk-notification-banner${isSuccess ? " govuk-notification-banner--success" : ""}`}
      role={isSuccess ? "alert" : "region"}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {isSuccess ? "Success" : "Important"}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
