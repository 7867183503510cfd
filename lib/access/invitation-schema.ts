// Inviting someone to help keep a listing right, withdrawing that, and accepting it.
import { z } from "zod";
import { email, id, requiredText } from "../forms/fields";
import { mismatch, newPassword, passwordsMatch } from "./password-rules";

export const MEMBER_ROLES = ["OWNER", "EDITOR"] as const;
export const memberRole = z.enum(MEMBER_ROLES, "choice");

export const inviteSchema = z.object({
  organizationId: id,
  email,
  role: memberRole,
});

export const revokeInvitationSchema = z.object({ invitationId: id });

const token = z.string().trim().min(1, "required").max(200);

/** Someone who already has an account, signed in as the invited address. */
export const acceptInvitationSchema = z.object({ token });

/** Someone new: they choose their name and password while accepting. */
export const acceptWithAccountSchema = z
  .object({
    token,
    name: requiredText(120),
    password: newPassword,
    passwordRepeat: z.string(),
  })
  .refine(passwordsMatch, mismatch);

export type InviteInput = z.output<typeof inviteSchema>;
