// 400 answers of the public API. Every one names the parameter that was wrong, in Dutch, so a
// developer sees what to fix and the map page can show it to a resident.
import type { z } from "zod";

export type ParameterIssue = { parameter: string; message: string };

export type InvalidParameterBody = {
  error: "invalid_parameter";
  parameter: string;
  message: string;
  issues: ParameterIssue[];
};

export type ServerErrorBody = { error: "server_error"; message: string };

export const SERVER_ERROR_BODY: ServerErrorBody = {
  error: "server_error",
  message: "Er ging iets mis. Probeer het later opnieuw.",
};

const parameterOf = (path: readonly PropertyKey[] | undefined) => String(path?.[0] ?? "");

/**
 * Dutch messages for the checks in schemas.ts that carry no message of their own (zod's
 * defaults are English). Passed as the per-parse error map, so a schema's own message wins.
 */
export const dutchFallbackMessages: z.core.$ZodErrorMap = (issue) => {
  const name = parameterOf(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return Array.isArray(issue.input) ? `${name} mag maar één keer in de zoekvraag staan` : `${name} heeft een ongeldige waarde`;
    case "invalid_value":
      return `${name} moet een van ${issue.values.map(String).join(", ")} zijn`;
    case "too_big":
      return issue.origin === "array" ? `${name} mag hoogstens ${String(issue.maximum)} keer in de zoekvraag staan` : `${name} mag hoogstens ${String(issue.maximum)} zijn`;
    case "too_small":
      return `${name} moet minstens ${String(issue.minimum)} zijn`;
    default:
      return `${name} heeft een ongeldige waarde`;
  }
};

export function issuesFromZod(error: z.ZodError): ParameterIssue[] {
  return error.issues.map((issue) => ({ parameter: parameterOf(issue.path), message: issue.message }));
}

/** The first issue names the parameter; all of them are listed for clients that fix several at once. */
export function invalidParameterBody(issues: readonly ParameterIssue[]): InvalidParameterBody {
  const first = issues[0] ?? { parameter: "", message: "Ongeldige zoekvraag" };
  return { error: "invalid_parameter", parameter: first.parameter, message: first.message, issues: [...issues] };
}
