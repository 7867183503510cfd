// Utrecht's Textarea as the library defines it, for client components (see alert.tsx).
import { forwardRef, type TextareaHTMLAttributes } from "react";
import { clsx } from "./clsx";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { inputRequired?: boolean; invalid?: boolean };

/** As the library's: `required` becomes aria-required, `inputRequired` the browser's own check. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea({ dir, disabled, inputRequired, invalid, readOnly, required, className, ...props }, ref) {
  return (
    <textarea
      {...props}
      ref={ref}
      className={clsx(
        "utrecht-textarea",
        "utrecht-textarea--html-textarea",
        disabled && "utrecht-textarea--disabled",
        invalid && "utrecht-textarea--invalid",
        readOnly && "utrecht-textarea--readonly",
        (required || inputRequired) && "utrecht-textarea--required",
        className,
      )}
      dir={dir ?? "auto"}
      disabled={disabled}
      readOnly={readOnly}
      aria-required={required ? required : undefined}
      required={inputRequired}
      aria-invalid={invalid || undefined}
    />
  );
});
