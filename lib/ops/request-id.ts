// Every request gets an id that is in the response (X-Request-Id) and in every log line about
// it, so a visitor's "it went wrong at 10:31" or a load balancer's log leads to our lines. An id
// from a proxy in front of us is kept so both logs agree, but only when it is a short, plain
// token: it ends up in logs and headers, where newlines or markup could forge entries.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
}
