// Utrecht's Select and SelectOption as the library defines them, for client components (see alert.tsx).
import { forwardRef, type OptionHTMLAttributes, type SelectHTMLAttributes } from "react";
import { clsx } from "./clsx";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { busy?: boolean; invalid?: boolean; noscript?: boolean };

/** As the library's Select: `required` becomes aria-required unless `noscript`, so the browser's own bubble never shows. */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ busy, invalid, required, noscript, className, ...props }, ref) {
  return (
    <select
      aria-busy={busy || undefined}
      aria-invalid={invalid || undefined}
      required={noscript ? required : false}
      aria-required={noscript ? undefined : required || undefined}
      className={clsx("utrecht-select", "utrecht-select--html-select", busy && "utrecht-select--busy", invalid && "utrecht-select--invalid", required && "utrecht-select--required", className)}
      ref={ref}
      {...props}
    />
  );
});

export const SelectOption = forwardRef<HTMLOptionElement, OptionHTMLAttributes<HTMLOptionElement>>(function SelectOption({ className, disabled, ...props }, ref) {
  return <option {...props} ref={ref} disabled={disabled} className={clsx("utrecht-select__option", disabled && "utrecht-select__option--disabled", className)} />;
});
