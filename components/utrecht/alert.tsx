// Utrecht's Alert as the library defines it (same markup and classes), for client components:
// the library has no package of its own for it, and its barrel would bring every other
// component along (see client.tsx). The same goes for the other copies in this folder.
import { forwardRef, type HTMLAttributes, type ReactNode } from "react";
import { clsx } from "./clsx";

const ALERT_TYPES = ["error", "warning", "info", "ok"] as const;
type AlertType = (typeof ALERT_TYPES)[number];
const isAlertType = (type: unknown): type is AlertType => ALERT_TYPES.includes(type as AlertType);
const ALERT_ROLES: Record<AlertType, string> = { info: "status", ok: "status", warning: "alert", error: "alert" };

export type AlertProps = HTMLAttributes<HTMLDivElement> & { icon?: ReactNode; type?: string; role?: string };

export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ children, className, icon, type, role, ...props }, ref) {
  const alertType = isAlertType(type) ? type : "info";
  return (
    <div {...props} ref={ref} className={clsx("utrecht-alert", `utrecht-alert--${alertType}`, className)}>
      {icon && <div className="utrecht-alert__icon">{icon}</div>}
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={role || ALERT_ROLES[alertType]}>
          {children}
        </div>
      </div>
    </div>
  );
});
