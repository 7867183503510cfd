// The address of the other end of the TCP connection, for clientIp(). Next.js gives route
// handlers and server actions only the request headers, and its own server sets
// X-Forwarded-For from the socket only when the client sent none ("??="), so that header is
// whatever the client wants. At start-up (instrumentation.ts) we wrap the HTTP server's
// "request" event to put the socket address in a header whose name is random per process:
// a client cannot guess it to set it, and whatever it sends under that name is overwritten.
import { randomBytes } from "node:crypto";
import http from "node:http";

const KEY = Symbol.for("sociale-kaart.peer-address-header");
type Global = typeof globalThis & { [KEY]?: string };

/** The header holding the socket address, or undefined before the server installed it. */
export function peerAddressHeader(): string | undefined {
  return (globalThis as Global)[KEY];
}

/** Once per process, before requests are handled. Idempotent. */
export function installPeerAddressHeader(): string {
  const global = globalThis as Global;
  if (global[KEY]) return global[KEY];
  const name = `x-sk-peer-${randomBytes(12).toString("hex")}`;
  global[KEY] = name;
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[name] = request.socket?.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
  return name;
}
