// Membership changes are not public: only the members page has to show them at once.
import "server-only";
import { revalidatePath } from "next/cache";

export function revalidateMembers(): void {
  revalidatePath("/[locale]/beheer/organisaties/[id]/beheerders", "page");
}
