"use client";
// The "Meld een fout" form on a public organisation page. It posts to a server action, so it
// also works without JavaScript, and sets no cookie. The trap field is hidden from people
// (off screen, out of the tab order, hidden from screen readers); programs fill it in.
// It is checked in the browser with the action's own schema, like the management forms, but
// that schema (and zod, about 30 kB gzipped, most of this page's JavaScript) loads only when
// the form is first focused: few visitors use it. The server checks again.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitReport } from "@/lib/reports/report-actions";
import { REPORT_MESSAGE_MAX, REPORT_TOPICS } from "@/lib/reports/report-fields";
import { RadioGroup } from "./radio-group";

// Inline, not in a stylesheet: the trap must stay hidden even if the page's CSS is missing.
const offScreen = { position: "absolute", insetInlineStart: "-10000px", inlineSize: "1px", blockSize: "1px", overflow: "hidden" } as const;

export function ReportForm({ organisationId, organisationName, token }: { organisationId: string; organisationName: string; token: string }) {
  const t = useTranslations("Moderation.report");
  return (
    <ActionForm
      action={submitReport}
      loadSchema={() => import("@/lib/reports/report-schema").then((module) => module.reportSchema)}
      labels={{ topic: t("topic"), message: t("message") }}
      className="report-form"
      resetOnSuccess
      aria-label={t("formLabel", { name: organisationName })}
    >
      <HiddenField name="organizationId" value={organisationId} />
      <HiddenField name="startedAt" value={token} />
      <RadioGroup name="topic" legend={t("topic")} options={REPORT_TOPICS.map((value) => ({ value, label: t(`topics.${value}`) }))} />
      <TextArea name="message" label={t("message")} description={t("messageHint")} required rows={5} maxLength={REPORT_MESSAGE_MAX} />
      <div style={offScreen} aria-hidden="true">
        <label htmlFor="report-website-url">{t("trap")}</label>
        <input id="report-website-url" type="text" name="website_url" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
