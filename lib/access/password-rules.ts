// Password fields shared by the reset, invitation and sign-up forms, in the browser and on the
// server. Kept apart from lib/auth/password.ts, which loads argon2's native binding.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;

export const newPassword = z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(200, "tooLong");

/** The repeated password must equal the first; the error shows at the repeat field. */
export function passwordsMatch(value: { password: string; passwordRepeat: string }): boolean {
  return value.password === value.passwordRepeat;
}

export const mismatch = { message: "passwordMismatch", path: ["passwordRepeat"] };
