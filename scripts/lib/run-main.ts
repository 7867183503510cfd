// Runs a script's main function and turns expected failures into one readable message:
// people running `npm start` should see what to do, not a stack trace.
import { UserError } from "../../lib/errors";

export function runMain(main: () => Promise<void | number>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof UserError ? `\n✖ ${error.message}\n` : error);
      process.exit(1);
    },
  );
}
