import { useEffect, useRef } from "react";
import { NotificationBanner } from "./notification-banner.tsx";

/** A success banner that takes focus when it appears and whenever its message changes, so it is read out. */
export function FocusedSuccessBanner({ titleId, message }: { titleId: string; message: string }) {
  const bannerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    bannerRef.current?.focus();
  }, [message]);

  return (
    <div ref={bannerRef} tabIndex={-1}>
      <NotificationBanner type="success" titleId={titleId} heading={message} />
    </div>
  );
}
