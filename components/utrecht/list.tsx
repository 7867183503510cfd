// Utrecht's UnorderedList as the library defines it, for client components (see alert.tsx).
import { forwardRef, type HTMLAttributes, type LiHTMLAttributes } from "react";
import { clsx } from "./clsx";

export const UnorderedList = forwardRef<HTMLUListElement, HTMLAttributes<HTMLUListElement>>(function UnorderedList({ className, ...props }, ref) {
  return <ul role="list" {...props} ref={ref} className={clsx("utrecht-unordered-list", className)} />;
});

export const UnorderedListItem = forwardRef<HTMLLIElement, LiHTMLAttributes<HTMLLIElement>>(function UnorderedListItem({ className, ...props }, ref) {
  return <li {...props} ref={ref} className={clsx("utrecht-unordered-list__item", className)} />;
});
