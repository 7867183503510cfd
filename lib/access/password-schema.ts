// "Wachtwoord vergeten": asking for a link, and setting a new password with it.
import { z } from "zod";
import { email } from "../forms/fields";
import { mismatch, newPassword, passwordsMatch } from "./password-rules";

export const requestResetSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string().trim().min(1, "required").max(200),
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(passwordsMatch, mismatch);

export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
