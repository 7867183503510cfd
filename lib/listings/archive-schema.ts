// Archiving takes a listing off the map without deleting anything; unarchiving puts it back.
import { z } from "zod";
import { id } from "../forms/fields";

export const archiveListingSchema = z.object({ organizationId: id });

export type ArchiveListingInput = z.output<typeof archiveListingSchema>;
