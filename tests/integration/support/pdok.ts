// Points the app's PDOK_LOCATIESERVER_URL at a local stub for the calling test file, so
// address look-ups never reach the internet. Call once at the top of a file.
import { afterAll, beforeAll } from "vitest";
import { resetEnv } from "../../../lib/env";
import { startPdokStub, type PdokStub } from "../../support/pdok-stub/server";

export function withPdokStub(): { stub: PdokStub } {
  const state = {} as { stub: PdokStub };
  const previousUrl = process.env.PDOK_LOCATIESERVER_URL;
  beforeAll(async () => {
    state.stub = await startPdokStub();
    process.env.PDOK_LOCATIESERVER_URL = state.stub.url;
    resetEnv();
  });
  afterAll(async () => {
    await state.stub?.close();
    if (previousUrl === undefined) delete process.env.PDOK_LOCATIESERVER_URL;
    else process.env.PDOK_LOCATIESERVER_URL = previousUrl;
    resetEnv();
  });
  return state;
}
