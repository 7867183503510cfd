// Utrecht's Heading1 and Heading2 as the library defines them, for client components (see alert.tsx).
import { forwardRef, type HTMLAttributes } from "react";
import { clsx } from "./clsx";

export const Heading1 = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(function Heading1({ className, ...props }, ref) {
  return <h1 {...props} ref={ref} className={clsx("utrecht-heading-1", className)} />;
});

export const Heading2 = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(function Heading2({ className, ...props }, ref) {
  return <h2 {...props} ref={ref} className={clsx("utrecht-heading-2", className)} />;
});
