// Managing who may edit a listing: change a role, remove someone, hand over ownership, leave.
import { z } from "zod";
import { id } from "../forms/fields";
import { memberRole } from "./invitation-schema";

export const changeRoleSchema = z.object({ organizationId: id, userId: id, role: memberRole });

export const removeMemberSchema = z.object({ organizationId: id, userId: id });

/** The current owner makes `userId` owner and becomes editor. */
export const transferOwnershipSchema = z.object({ organizationId: id, userId: id });

export const leaveSchema = z.object({ organizationId: id });
