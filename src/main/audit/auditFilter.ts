import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AuditFilter } from "../../shared/model/audit";
import { loweredBytes, type SealedLine } from "./auditSegment";

/**
 * The Audit log screen's filter, twice: as SQL for the live entries in audit_log, and as plain code
 * for the entries of sealed segments. The two must agree exactly (the tests compare them on the same
 * entries), so SQL's own rules are copied here: dates compare as text, whole days end at the next
 * day's midnight as SQLite's date() computes it, and LIKE ignores the case of ASCII letters only.
 */
export function whereClause(filter: AuditFilter): { sql: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.from) {
    conditions.push("at >= @from");
    params.from = filter.from;
  }
  if (filter.to) {
    // Dates are whole days: "to 2026-03-01" includes every entry on that day.
    conditions.push("at < date(@to, '+1 day')");
    params.to = filter.to;
  }
  if (filter.actor) {
    conditions.push("actor_name LIKE @actor ESCAPE '\\'");
    params.actor = `%${escapeLike(filter.actor)}%`;
  }
  if (filter.action) {
    conditions.push("action = @action");
    params.action = filter.action;
  }
  if (filter.text) {
    conditions.push("(summary LIKE @text ESCAPE '\\' OR record_id LIKE @text ESCAPE '\\' OR changes LIKE @text ESCAPE '\\')");
    params.text = `%${escapeLike(filter.text)}%`;
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** SQLite's LIKE without wildcards: a substring, with ASCII letters compared regardless of case. */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

function likeContains(value: string | null, needle: string): boolean {
  return value !== null && asciiLower(value).includes(needle);
}

/**
 * The filter's texts as SQLite receives them: a string is bound as UTF-8, where an unpaired surrogate
 * becomes U+FFFD, and that is what its LIKE compares.
 */
function asBound(filter: AuditFilter): AuditFilter {
  const bound = (text: string | undefined) => (text === undefined ? undefined : Buffer.from(text, "utf8").toString("utf8"));
  return { from: bound(filter.from), to: filter.to, actor: bound(filter.actor), action: bound(filter.action), text: bound(filter.text) };
}

/** The escaped form of a string inside a JSON string, without the quotes. */
function escaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

export interface SealedFilter {
  /** No entry can match (an end date SQLite does not read as a date). */
  impossible: boolean;
  /** Every entry matches whatever its fields; only the dates may narrow it. */
  datesOnly: boolean;
  /** Whether a segment with these earliest and latest times can hold a match. */
  overlaps(firstAt: string, lastAt: string): boolean;
  /** Whether every entry of such a segment matches (a date-only filter around the whole segment). */
  covers(firstAt: string, lastAt: string): boolean;
  /**
   * What every matching line contains one of, searched in the segment's stored text: exact bytes, or
   * texts searched in its lower-cased form (loweredBytes, as these are); null when there is nothing to
   * search for. A line that contains one still has to pass `matches`.
   */
  needles: { lowered: false; bytes: Buffer[] } | { lowered: true; texts: string[] } | null;
  matches(line: SealedLine): boolean;
  /** A key for remembering counts per filter. */
  key: string;
}

/** What a sealed entry must be to match: times as text, the other texts already lower-cased where LIKE ignores case. */
interface Criteria {
  /** The earliest time, inclusive. */
  from: string | null;
  /** The time every match is before. */
  before: string | null;
  impossible: boolean;
  actor: string | null;
  actions: readonly string[] | null;
  text: string | null;
}

/** The filter for sealed entries, from the Audit log screen's filter. */
export function sealedFilter(db: Database, raw: AuditFilter): SealedFilter {
  const filter = asBound(raw);
  const before = filter.to ? ((db.prepare("SELECT date(?, '+1 day')").pluck().get(filter.to) as string | null) ?? null) : null;
  return buildFilter({
    from: filter.from || null,
    before,
    impossible: Boolean(filter.to) && before === null,
    actor: filter.actor ? asciiLower(filter.actor) : null,
    actions: filter.action ? [filter.action] : null,
    text: filter.text ? asciiLower(filter.text) : null,
  });
}

/** The filter for a report's period (instants, the end exclusive), and optionally some actions only. */
export function periodFilter(period: { startsAt: string | null; endsBefore: string | null }, actions?: readonly string[]): SealedFilter {
  return buildFilter({ from: period.startsAt, before: period.endsBefore, impossible: actions?.length === 0, actor: null, actions: actions ?? null, text: null });
}

/**
 * A needle is the filter's text as it appears in the stored JSON, in UTF-8: JSON escaping works
 * character by character, so an escaped value holds the escaped needle wherever the value holds the
 * needle; `changes` is JSON text stored inside the JSON line, so it is escaped twice. A needle for a
 * case-insensitive filter is lowered exactly as the stored text is (loweredBytes).
 */
function buildFilter({ from, before, impossible, actor, actions, text }: Criteria): SealedFilter {
  const inDates = (at: string) => (from === null || at >= from) && (before === null || at < before);
  const actionSet = actions ? new Set(actions) : null;
  let needles: SealedFilter["needles"] = null;
  const lowered = (texts: string[]) => [...new Set(texts)].map((t) => loweredBytes(Buffer.from(t, "utf8")));
  if (actions !== null) needles = { lowered: false, bytes: actions.map((action) => Buffer.from(JSON.stringify(action), "utf8")) };
  else if (actor !== null) needles = { lowered: true, texts: lowered([escaped(actor)]) };
  else if (text !== null) needles = { lowered: true, texts: lowered([escaped(text), escaped(escaped(text))]) };
  return {
    impossible,
    datesOnly: actor === null && actionSet === null && text === null,
    overlaps: (firstAt, lastAt) => !impossible && (from === null || lastAt >= from) && (before === null || firstAt < before),
    covers: (firstAt, lastAt) => !impossible && (from === null || firstAt >= from) && (before === null || lastAt < before),
    needles,
    matches: (line) =>
      !impossible &&
      inDates(line[1]) &&
      (actor === null || likeContains(line[3], actor)) &&
      (actionSet === null || actionSet.has(line[4])) &&
      (text === null || likeContains(line[7], text) || likeContains(line[6], text) || likeContains(line[8], text)),
    key: JSON.stringify([from, before, impossible, actor, actions, text]),
  };
}
