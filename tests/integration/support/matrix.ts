// The authorization matrix: every mutation × every kind of actor × own/other listing.
import type { Db } from "../../../lib/db";
import type { ActionState } from "../../../lib/actions/state";
import { EMAILS, SLUGS } from "./users";

export type Actor = "anonymous" | "coordinatorA" | "coordinatorB" | "moderator" | "admin";
export const ACTORS: Actor[] = ["anonymous", "coordinatorA", "coordinatorB", "moderator", "admin"];

export const ACTOR_EMAIL: Record<Exclude<Actor, "anonymous">, string> = {
  coordinatorA: EMAILS.ownerA,
  coordinatorB: EMAILS.ownerB,
  moderator: EMAILS.moderator,
  admin: EMAILS.admin,
};

/** Organisation A and B; a coordinator's "own" listing is their letter. */
export type Target = "A" | "B";
export const TARGET_SLUG: Record<Target, string> = { A: SLUGS.a, B: SLUGS.b };

export type Mutation = {
  name: string;
  /** Sets up what the call needs (may write) and returns the input, aimed at `target`. */
  prepare: (db: Db, target: Target) => Promise<Record<string, unknown>>;
  call: (input: Record<string, unknown>) => Promise<ActionState<unknown>>;
  allowed: (actor: Actor, target: Target) => boolean;
};

/** Owners of the listing (the seeded coordinators are OWNERS), moderators and admins. */
export function listingManagers(actor: Actor, target: Target): boolean {
  return actor === "moderator" || actor === "admin" || (actor === "coordinatorA" && target === "A") || (actor === "coordinatorB" && target === "B");
}

export function moderatorsOnly(actor: Actor): boolean {
  return actor === "moderator" || actor === "admin";
}

export function everyone(): boolean {
  return true;
}
