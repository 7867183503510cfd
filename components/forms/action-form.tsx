"use client";
// A management form bound to a server action. Before sending, it checks the input with the
// same zod schema the action uses, so mistakes show at once; the server checks again and
// has the last word. Messages appear above the form (focused) and next to each field.
import { useActionState, useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { Alert } from "@/components/utrecht/alert";
import { UnorderedList, UnorderedListItem } from "@/components/utrecht/list";
import { Paragraph } from "@/components/utrecht/paragraph";
import type { ActionState } from "@/lib/actions/state";
import { formDataToObject } from "@/lib/forms/form-data";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/issue-messages";
import { FormStateContext } from "./form-state";
import { ConflictPanel } from "./conflict-panel";
import { useFlash } from "./flash";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

type Props<T> = {
  action: Action<T>;
  schema?: z.ZodType;
  /**
   * Instead of `schema`: the same schema, loaded when the form is first focused, so zod stays
   * out of the page's first load (the public report form). Until it has arrived the server
   * checks alone.
   */
  loadSchema?: () => Promise<z.ZodType>;
  children: ReactNode;
  /** Labels of the fields, for the error summary and the conflict panel. */
  labels?: Record<string, string>;
  className?: string;
  /** Called after a successful save, e.g. to close a dialog or reset the form. */
  onSuccess?: (state: ActionState<T>) => void;
  resetOnSuccess?: boolean;
  /** The form disappears after success (its item leaves the list): say so in the page's flash region. */
  flashOnSuccess?: boolean;
  "aria-label"?: string;
};

export function ActionForm<T = undefined>({ action, schema, loadSchema, children, labels = {}, className, onSuccess, resetOnSuccess, flashOnSuccess, ...rest }: Props<T>) {
  const t = useTranslations("Forms");
  const idPrefix = useId().replace(/:/g, "");
  const flash = useFlash();
  // The flash is set as soon as the answer arrives: when the item leaves the list, this form
  // unmounts in the same render and its effects never see the answer.
  const run = useCallback(
    async (previous: ActionState<T>, formData: FormData) => {
      const result = await action(previous, formData);
      if (flashOnSuccess && flash && result.status === "success") flash(result.message);
      return result;
    },
    [action, flash, flashOnSuccess],
  );
  // Without a flash the server action itself is the form's action: React can then post the form
  // before the page is interactive or without JavaScript, and render the answer (the hours
  // form's rows and its "Ja, dit klopt" box rely on that). A wrapping function would make React
  // render a form that cannot be sent without JavaScript.
  const [state, formAction] = useActionState(flashOnSuccess ? run : action, { status: "idle" } as ActionState<T>);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [loadedSchema, setLoadedSchema] = useState<z.ZodType | null>(null);
  const schemaRequested = useRef(false);
  const requestSchema = () => {
    if (!loadSchema || schemaRequested.current) return;
    schemaRequested.current = true;
    loadSchema().then(setLoadedSchema, () => {
      // Offline or a new deployment: try again on the next focus; the server checks meanwhile.
      schemaRequested.current = false;
    });
  };
  const activeSchema = schema ?? loadedSchema;
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === "idle") return;
    if (!(state.status === "success" && flashOnSuccess && flash)) messageRef.current?.focus();
    if (state.status === "success") {
      if (resetOnSuccess) formRef.current?.reset();
      onSuccess?.(state);
    }
    // Only when a new state arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function check(event: React.FormEvent<HTMLFormElement>) {
    if (!activeSchema) return;
    const result = activeSchema.safeParse(formDataToObject(new FormData(event.currentTarget)));
    if (result.success) {
      setClientErrors({});
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsFrom(result.error, (key, values) => t(key as never, values as never), (key) => t.has(key as never)));
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const errors = hasClientErrors ? clientErrors : state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const message = hasClientErrors ? t("errors.checkFields") : state.status !== "idle" ? state.message : null;
  const type = hasClientErrors || state.status === "error" ? "error" : state.status === "conflict" ? "warning" : "ok";

  return (
    <FormStateContext.Provider value={{ idPrefix, state: hasClientErrors ? { status: "idle" } : (state as ActionState), clientErrors }}>
      <form ref={formRef} action={formAction} onSubmit={check} onFocus={requestSchema} noValidate className={className} aria-label={rest["aria-label"]}>
        <div ref={messageRef} tabIndex={-1} className="form-message" aria-live="polite">
          {message && (
            <Alert type={type} role={type === "error" ? "alert" : "status"}>
              <Paragraph>{message}</Paragraph>
              {Object.keys(errors).length > 0 && (
                <UnorderedList>
                  {Object.entries(errors).map(([field, messages]) => (
                    <UnorderedListItem key={field}>
                      {field === "_form" ? (
                        messages[0]
                      ) : (
                        <a href={`#${idPrefix}-${field.replace(/[^a-zA-Z0-9_-]/g, "-")}`}>
                          {labels[field] ?? field}: {messages[0]}
                        </a>
                      )}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
              {state.status === "conflict" && !hasClientErrors && <ConflictPanel changes={state.changes} labels={labels} />}
            </Alert>
          )}
        </div>
        {children}
      </form>
    </FormStateContext.Provider>
  );
}
