// "Ja, alles klopt nog": the coordinator confirms the whole listing is still right.
import { z } from "zod";
import { id } from "../forms/fields";

export const verifyListingSchema = z.object({ organizationId: id });

export type VerifyListingInput = z.output<typeof verifyListingSchema>;
