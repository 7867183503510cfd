// Utrecht's Paragraph as the library defines it (`lead`; not `small`), for client components (see alert.tsx).
import { forwardRef, type HTMLAttributes } from "react";
import { clsx } from "./clsx";

type ParagraphProps = HTMLAttributes<HTMLParagraphElement> & { lead?: boolean };

export const Paragraph = forwardRef<HTMLParagraphElement, ParagraphProps>(function Paragraph({ className, lead, children, ...props }, ref) {
  return (
    <p {...props} ref={ref} className={clsx("utrecht-paragraph", lead && "utrecht-paragraph--lead", className)}>
      {lead ? <b className="utrecht-paragraph__b">{children}</b> : children}
    </p>
  );
});
