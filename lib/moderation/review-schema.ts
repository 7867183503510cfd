// Approving or rejecting a submitted listing. A rejection always carries a reason: the
// submitter gets it by e-mail and needs to know what to change.
import { z } from "zod";
import { id } from "../forms/fields";

export const approveListingSchema = z.object({
  organizationId: id,
});

export const rejectListingSchema = z.object({
  organizationId: id,
  reason: z.string().trim().min(1, "reasonRequired").max(1000, "tooLong"),
});
