import type { Database } from "better-sqlite3-multiple-ciphers";
import { addCalendarDays, daysBetween } from "../../shared/rules/calendarDates";
import { entryHash, GENESIS_HASH, type ChainedFields } from "../audit/auditChain";
import { countAuditEntries, type Actor, type AuditEvent } from "../audit/auditLog";
import { sealDueSegment } from "../audit/auditSealing";
import { SEGMENT_ENTRIES } from "../audit/auditSegment";
import { instantOn, type HistoryAccount } from "./tenYearContext";
import type { SeededRandom } from "./tenYearRandom";

/** One entry of the history, with the moment it happened. */
export type HistoryEvent = AuditEvent & { at: string; actor: Actor };

/** One segment's worth: each transaction then seals one segment, and the live table never holds more than three. */
const BATCH = SEGMENT_ENTRIES;

/**
 * The audit log of the ten years. Each part of the growth records the entries its records would have
 * made (the same actions and summaries the services write); `write` then appends them, oldest first,
 * between the everyday sign-ins and locks that make up most of a real log, until the log holds the
 * planned number of entries. Every entry is chained with the app's own hash (auditChain.ts), in
 * transactions of 4,096, and the head in `meta` moves with each one, so the chain verifies. The
 * oldest entries are sealed as the log grows, by the app's own sealing (auditSealing.ts), so the
 * vault is stored as years of appends would have left it.
 */
export class AuditHistory {
  private readonly events: HistoryEvent[] = [];

  record(event: HistoryEvent): void {
    this.events.push(event);
  }

  get recorded(): number {
    return this.events.length;
  }

  /**
   * Appends the recorded entries and routine ones until the log holds `total` entries (never fewer than
   * the recorded ones). Routine entries fall on working days from `from` to `to`, by the accounts in use then.
   */
  write(db: Database, random: SeededRandom, total: number, accounts: readonly HistoryAccount[], from: string, to: string): number {
    const existing = countAuditEntries(db);
    const events = [...this.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const routineTotal = Math.max(0, total - existing - events.length);
    const days = workingDays(from, to);
    const appender = new ChainAppender(db);
    let next = 0;
    let routineLeft = routineTotal;
    days.forEach((day, index) => {
      const routine = routineFor(random, day, Math.round(routineLeft / (days.length - index)), accounts);
      routineLeft -= routine.length;
      const todays: HistoryEvent[] = [];
      while (next < events.length && events[next]!.at.slice(0, 10) <= day) todays.push(events[next++]!);
      for (const entry of mergeByTime(todays, routine)) appender.append(entry);
    });
    while (next < events.length) appender.append(events[next++]!);
    appender.finish();
    this.events.length = 0;
    return appender.appended;
  }
}

/** Monday to Saturday: the office is open six days a week, Saturdays for emergencies. */
function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let offset = 0; offset <= daysBetween(from, to); offset++) {
    const day = addCalendarDays(from, offset);
    if (new Date(`${day}T12:00:00Z`).getUTCDay() !== 0) days.push(day);
  }
  return days;
}

function mergeByTime(a: HistoryEvent[], b: HistoryEvent[]): HistoryEvent[] {
  return [...a, ...b].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/**
 * A day's sign-ins and locks: each session is an unlock, then a lock by the person or by the idle
 * timer; now and then a mistyped password comes first, recorded without an account as the app does.
 */
function routineFor(random: SeededRandom, day: string, count: number, accounts: readonly HistoryAccount[]): HistoryEvent[] {
  const present = accounts.filter((account) => account.from <= day && day <= account.to);
  if (present.length === 0 || count <= 0) return [];
  const entries: HistoryEvent[] = [];
  // Spread over the office day, 07:30 to 18:00 local time.
  const step = (10.5 * 60) / count;
  let minute = 7 * 60 + 30;
  while (entries.length < count) {
    const account = random.pick(present);
    const actor = { id: account.id, name: account.username };
    if (entries.length + 2 < count && random.chance(0.01)) {
      entries.push({
        at: instantOn(day, minute),
        actor: { id: null, name: account.username },
        action: "session.failed",
        summary: `A wrong password was entered for "${account.username}"`,
        changes: { kind: "password" },
      });
    }
    entries.push({ at: instantOn(day, minute), actor, action: "session.unlocked", summary: `${account.username} signed in` });
    if (entries.length < count) {
      const idle = random.chance(0.6);
      entries.push({
        at: instantOn(day, minute + step / 2),
        actor,
        action: "session.locked",
        summary: idle ? "Locked after 10 minutes without activity" : `${account.username} locked the app`,
        changes: { reason: idle ? "idle" : "user" },
      });
    }
    minute += 2 * step;
  }
  return entries.slice(0, count);
}

/** Appends entries to the chain exactly as appendAudit does (sealing included), many to a transaction. */
class ChainAppender {
  private readonly insert;
  private readonly setHead;
  private seq: number;
  private hash: string;
  private pending: (ChainedFields & { hash: string })[] = [];
  appended = 0;

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash)
       VALUES (@seq, @at, @actorId, @actorName, @action, @recordType, @recordId, @summary, @changes, @prevHash, @hash)`,
    );
    this.setHead = db.prepare("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const head = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").pluck().get() as string | undefined;
    const [seq, hash] = head ? head.split(":") : ["0", GENESIS_HASH];
    this.seq = Number(seq);
    this.hash = hash ?? GENESIS_HASH;
  }

  append(event: HistoryEvent): void {
    const fields: ChainedFields = {
      seq: this.seq + 1,
      at: event.at,
      actorId: event.actor.id,
      actorName: event.actor.name,
      action: event.action,
      recordType: event.recordType ?? null,
      recordId: event.recordId ?? null,
      summary: event.summary,
      changes: event.changes ? JSON.stringify(event.changes) : null,
      prevHash: this.hash,
    };
    const hash = entryHash(fields);
    this.pending.push({ ...fields, hash });
    this.seq = fields.seq;
    this.hash = hash;
    if (this.pending.length >= BATCH) this.flush();
  }

  finish(): void {
    this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const row of rows) this.insert.run(row);
      const last = rows.at(-1)!;
      this.setHead.run(`${last.seq}:${last.hash}`);
      // appendAudit seals at most one segment per entry; a batch crosses the line several times.
      while (sealDueSegment(this.db) === "sealed");
    })();
    this.appended += rows.length;
  }
}
