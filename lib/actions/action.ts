// The one wrapper for server actions: gets the session, parses the input with the form's zod
// schema, checks the permission, runs the action and returns a typed state for
// useActionState. Ownership of a listing is checked again inside each action's queries.
import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, type SessionUser } from "../auth/session";
import { can, type Permission } from "../auth/permissions";
import { clientIp } from "../auth/client-ip";
import { parseActionInput, type FormIssue } from "../forms/form-data";
import { FORM_LIMITS } from "../forms/form-limits";
import { fieldErrorsFrom } from "../forms/issue-messages";
import { ConflictError, NotAllowedError, RuleError } from "./errors";
import type { ActionState } from "./state";
import { requestLog } from "../log";

type Access = Permission | "public" | "signed-in";

export type ActionContext<U> = {
  user: U;
  locale: string;
  ip: string;
  t: Awaited<ReturnType<typeof getTranslations<"Forms">>>;
};

// Public actions (the report form on a listing's page, signing up, a reset link) never look
// at the session: what a visitor may do there does not depend on who they are.
type UserFor<A extends Access> = A extends "public" ? null : SessionUser;

export type ActionResult<T> = { message?: string; data?: T } | void;

function issueMessages(issues: FormIssue[], t: ActionContext<unknown>["t"]): Record<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const { field, code } of issues) {
    const message =
      code === "tooManyFields"
        ? t("errors.tooManyFields", { max: FORM_LIMITS.fields })
        : code === "tooManyRows"
          ? t("errors.tooManyRows", { max: FORM_LIMITS.listItems })
          : code === "valueTooLong"
            ? t("errors.tooLong", { max: FORM_LIMITS.valueLength })
            : code === "fieldName"
              ? t("errors.unknownField")
              : t("errors.notAForm");
    messages.set(field, [...(messages.get(field) ?? []), message]);
  }
  return Object.fromEntries(messages);
}

export function defineAction<S extends z.ZodType, A extends Access, T = undefined>(config: {
  schema: S;
  access: A;
  run: (input: z.output<S>, context: ActionContext<UserFor<A>>) => Promise<ActionResult<T>>;
}) {
  // Plain objects too (tests, programmatic calls): the input is untrusted either way.
  return async function action(_previous: ActionState<T>, submitted: FormData | Record<string, unknown>): Promise<ActionState<T>> {
    const locale = await getLocale();
    const t = await getTranslations({ locale, namespace: "Forms" });
    // Copied within FORM_LIMITS with no path to a prototype, whatever was posted (form-data.ts).
    const { values: raw, issues } = parseActionInput(submitted);
    const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !/password|token|website_url/i.test(key)));
    // Input our pages never send (hostile names, caps broken): answered, nothing run.
    if (issues.length > 0) return { status: "error", message: t("errors.checkFields"), fieldErrors: issueMessages(issues, t) };
    try {
      const user = config.access === "public" ? null : await getCurrentUser();
      if (config.access !== "public") {
        if (!user) return { status: "error", message: t("errors.signedOut") };
        if (config.access !== "signed-in" && !can(user, config.access)) return { status: "error", message: t("errors.notAllowed") };
      }
      const parsed = config.schema.safeParse(raw);
      if (!parsed.success) {
        return {
          status: "error",
          message: t("errors.checkFields"),
          fieldErrors: fieldErrorsFrom(parsed.error, t, (key) => t.has(key)),
          values,
        };
      }
      const ip = clientIp(await headers());
      const result = await config.run(parsed.data, { user: user as UserFor<A>, locale, ip, t });
      return { status: "success", message: result?.message ?? t("saved"), data: result?.data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof NotAllowedError) return { status: "error", message: t("errors.notAllowed"), values };
      if (error instanceof ConflictError) {
        return { status: "conflict", message: t("errors.conflict"), changes: error.changes, currentVersion: error.currentVersion, values };
      }
      if (error instanceof RuleError) {
        const message = t(`errors.${error.messageKey}` as never, error.values as never);
        return { status: "error", message, fieldErrors: error.field ? { [error.field]: [message] } : undefined, values };
      }
      (await requestLog()).error("Server action failed", { error });
      return { status: "error", message: t("errors.unexpected"), values };
    }
  };
}
