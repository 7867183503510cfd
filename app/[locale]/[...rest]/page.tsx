import { notFound } from "next/navigation";

// Any URL no other route matches ends here, so it gets the localized 404 page inside the
// site's layout (with the language known from the URL) instead of Next's bare default.
export default function CatchAllPage(): never {
  notFound();
}
