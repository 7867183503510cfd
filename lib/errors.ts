/** An expected failure whose message is written for the person running the command. */
export class UserError extends Error {}
