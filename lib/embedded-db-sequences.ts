// pglite-socket serves many connections from one PGlite session through one queue of protocol
// messages. It keeps a connection's messages together only while PGlite reports an open
// transaction. An extended-protocol query (Parse, Bind, Describe, Execute … Sync) is not one
// before its Sync, so when two connections' first messages are already queued — as after a
// long transaction of a third — one's Parse can replace the other's unnamed statement before
// that one's Bind ("bind message supplies 3 parameters, but prepared statement requires 4").
// Reporting "in a transaction" from a connection's first message until its Sync (or a simple
// Query) makes the queue finish that connection's sequence first, as a server would.
import type { PGlite } from "@electric-sql/pglite";

/** Extended-protocol messages that leave the sequence open until a Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const IN_SEQUENCE = new Set([..."PBDECH"].map((c) => c.charCodeAt(0)));

export function keepProtocolSequencesTogether(db: PGlite): void {
  let midSequence = false;
  const isInTransaction = db.isInTransaction.bind(db);
  const execProtocolRawStream = db.execProtocolRawStream.bind(db);
  db.isInTransaction = () => midSequence || isInTransaction();
  db.execProtocolRawStream = (message, options) => {
    // Anything else (Sync, a simple Query, Terminate, and messages without a type byte such as
    // a startup or cancel request) ends or is no sequence, so no connection can hold the queue
    // by an idle or odd message.
    midSequence = IN_SEQUENCE.has(message[0]);
    return execProtocolRawStream(message, options);
  };
}
