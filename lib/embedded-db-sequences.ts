// pglite-socket serves many connections from one PGlite session through one queue of protocol
// messages. It keeps a connection's messages together only while PGlite reports an open
// transaction. An extended-protocol query (Parse, Bind, Describe, Execute … Sync) is not one
// before its Sync, so when two connections' first messages are already queued — as after a
// long transaction of a third — one's Parse can replace the other's unnamed statement before
// that one's Bind ("bind message supplies 3 parameters, but prepared statement requires 4").
// Reporting "in a transaction" from a connection's first message until its Sync (or a simple
// Query) makes the queue finish that connection's sequence first, as a server would.
import type { PGlite } from "@electric-sql/pglite";

/** Message types that end a sequence: Sync, simple Query, Terminate. */
const SEQUENCE_END = new Set(["S".charCodeAt(0), "Q".charCodeAt(0), "X".charCodeAt(0)]);

export function keepProtocolSequencesTogether(db: PGlite): void {
  let midSequence = false;
  const isInTransaction = db.isInTransaction.bind(db);
  const execProtocolRawStream = db.execProtocolRawStream.bind(db);
  db.isInTransaction = () => midSequence || isInTransaction();
  db.execProtocolRawStream = (message, options) => {
    // A startup message has no type byte (its first byte is part of a length): not a sequence.
    const type = message[0];
    const startup = message.length >= 8 && new DataView(message.buffer, message.byteOffset).getInt32(4) === 196608;
    midSequence = !startup && !SEQUENCE_END.has(type);
    return execProtocolRawStream(message, options);
  };
}
