// Where the end-to-end servers listen; shared by playwright.config.ts and the tests (which
// switch the PDOK stub's failure mode over HTTP, as they cannot reach into its process).
export const appPort = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${appPort}`;

export const pdokStubPort = Number(process.env.PDOK_STUB_PORT ?? 4010);
export const pdokStubURL = `http://127.0.0.1:${pdokStubPort}`;

/** Tiles come from a host that does not exist: tests never reach the internet. */
export const TILE_URL = "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png";
