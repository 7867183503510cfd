import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request: the secret and mail settings come from the runtime environment.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
