// After a saved change the public pages must show it at once: the map, the organisation's
// page and the wijk pages all read listings, so the whole site's cache is refreshed.
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidateListings(): void {
  revalidatePath("/", "layout");
}
