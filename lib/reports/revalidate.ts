import "server-only";
// Reports are only shown on the management pages: refresh those, not the public site.
import { revalidatePath } from "next/cache";

export function revalidateManagePages(): void {
  revalidatePath("/[locale]/beheer", "layout");
}
