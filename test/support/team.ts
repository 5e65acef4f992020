import type { ChannelInput, ChannelName } from "../../src/shared/ipc/contract";
import { ADMIN, testCore } from "./testCore";

/** The practice's other two accounts in service tests: a Staff member and a Read-only consultant. */
export const STAFF = { username: "jamal", fullName: "Jamal Reed", title: "Hygienist", role: "staff" as const, password: "staff password 1" };
export const READER = { username: "auditor", fullName: "Ann Audit", title: "Consultant", role: "readonly" as const, password: "reader password 1" };

export type Core = ReturnType<typeof testCore>;

/** A fresh vault with the Administrator signed in, plus the Staff and Read-only accounts; `cores` collects it for disposal. */
export async function teamCore(cores: Core[]): Promise<Core> {
  const c = testCore();
  cores.push(c);
  await c.setUp();
  await c.must("users.create", STAFF);
  await c.must("users.create", READER);
  return c;
}

export async function signInAs(c: Core, who: { username: string; password: string }): Promise<void> {
  await c.must("session.lock", { reason: "user" });
  await c.must("session.unlock", { username: who.username, password: who.password });
}

export const signInAsAdmin = (c: Core) => signInAs(c, ADMIN);

/** Calls a channel that must fail, and returns the error. */
export async function refused<C extends ChannelName>(c: Core, channel: C, input: ChannelInput<C>) {
  const result = await c.call(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}
