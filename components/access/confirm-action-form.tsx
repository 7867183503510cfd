"use client";
// A one-button action that asks first: the button opens a short question with "yes" and
// "cancel" in the page itself (no pop-up), so it works the same with keyboard and screen reader.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/state";
import { useRouter } from "@/lib/i18n/navigation";

type Props = {
  action: (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;
  fields: Record<string, string>;
  label: string;
  /** Said after the label to screen readers, e.g. the person's name: every row has the same button. */
  labelContext?: string;
  question: string;
  confirmLabel: string;
  /** Where to go afterwards, e.g. the dashboard after leaving an organisation. */
  redirectTo?: string;
};

export function ConfirmActionForm({ action, fields, label, labelContext, question, confirmLabel, redirectTo }: Props) {
  const t = useTranslations("Forms");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  return (
    <ActionForm
      action={action}
      className="access-confirm"
      flashOnSuccess
      onSuccess={() => {
        setAsking(false);
        if (redirectTo) router.push(redirectTo);
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <HiddenField key={name} name={name} value={value} />
      ))}
      {asking ? (
        <div className="access-confirm__question">
          <Paragraph ref={questionRef} tabIndex={-1}>
            {question}
          </Paragraph>
          <div className="manage-actions">
            <SubmitButton appearance="primary-action-button">{confirmLabel}</SubmitButton>
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => {
                setAsking(false);
                requestAnimationFrame(() => openRef.current?.focus());
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={openRef} type="button" appearance="secondary-action-button" onClick={() => setAsking(true)}>
          {label}
          {labelContext && <span className="visually-hidden">: {labelContext}</span>}
        </Button>
      )}
    </ActionForm>
  );
}
