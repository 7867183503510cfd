// Putting a part of a listing back to how it was before one change. `basedOnId` is the newest
// revision of that part when the history page was opened: if someone changed the part since,
// nothing is restored and the user is told (the same idea as the version of an edit form).
import { z } from "zod";
import { id } from "../forms/fields";

export const restoreRevisionSchema = z.object({
  revisionId: id,
  basedOnId: id,
});

export type RestoreRevisionInput = z.output<typeof restoreRevisionSchema>;
