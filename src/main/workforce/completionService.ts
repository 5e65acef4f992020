import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { CertificateItem, CompletionsPage, RecordCompletionInput, TopicRef, TrainingCompletion } from "../../shared/model/training";
import { acknowledgmentWording, NAME_MISMATCH_MESSAGE, namesMatch } from "../../shared/rules/attestation";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { peopleLookup, userIdOf } from "../services/assessmentRecords";
import { certificatesFor, listCertificates } from "./certificateService";
import { requireSession, topicsForNewRecord } from "./topicService";
import { nowIso, practiceToday, requireMember } from "./workforceRecords";

/**
 * A person's completed training (45 CFR 164.308(a)(5)) with their acknowledgment: on the shared
 * front-desk computer they read the statement and type their own name. The record keeps the typed
 * name, the exact statement and the moment they signed; it never changes afterwards.
 */

interface CompletionRow {
  id: string;
  member_id: string;
  member_name: string;
  session_id: string | null;
  completed_on: string;
  trainer: string;
  ack_typed_name: string;
  ack_wording: string;
  ack_at: string;
  recorded_by: string;
  recorded_at: string;
}

const COMPLETION_SELECT = "SELECT c.*, m.full_name AS member_name FROM training_completions c JOIN workforce_members m ON m.id = c.member_id";

function completionTopics(db: Database, completionId: string): TopicRef[] {
  return db
    .prepare("SELECT t.id, t.name FROM training_completion_topics c JOIN training_topics t ON t.id = c.topic_id WHERE c.completion_id = ? ORDER BY t.position, t.name")
    .all(completionId) as TopicRef[];
}

function toCompletion(row: CompletionRow, people: ReturnType<typeof peopleLookup>, topics: TopicRef[], certificates: CertificateItem[]): TrainingCompletion {
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    sessionId: row.session_id,
    completedOn: row.completed_on,
    trainer: row.trainer,
    topics,
    acknowledgment: { typedName: row.ack_typed_name, wording: row.ack_wording, at: row.ack_at },
    recordedBy: people(row.recorded_by),
    recordedAt: row.recorded_at,
    certificates,
  };
}

/**
 * A person's training records, newest first: all of them, or one page. Topics and certificates are
 * read for the whole batch in one query each, so years of records cost a few queries, not thousands.
 */
export function listCompletions(db: Database, memberId: string, page: { offset: number; limit: number } | null = null): TrainingCompletion[] {
  const people = peopleLookup(db);
  const order = `${COMPLETION_SELECT} WHERE c.member_id = ? ORDER BY c.completed_on DESC, c.recorded_at DESC, c.id`;
  const rows = (page ? db.prepare(`${order} LIMIT ? OFFSET ?`).all(memberId, page.limit, page.offset) : db.prepare(order).all(memberId)) as CompletionRow[];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const topics = new Map<string, TopicRef[]>();
  const topicRows = db
    .prepare(
      `SELECT ct.completion_id AS completionId, t.id, t.name FROM training_completion_topics ct JOIN training_topics t ON t.id = ct.topic_id
       WHERE ct.completion_id IN (SELECT value FROM json_each(?)) ORDER BY t.position, t.name`,
    )
    .all(ids) as (TopicRef & { completionId: string })[];
  for (const { completionId, id, name } of topicRows) {
    const list = topics.get(completionId) ?? [];
    list.push({ id, name });
    topics.set(completionId, list);
  }
  const certificates = certificatesFor(
    db,
    rows.map((row) => row.id),
    people,
  );
  return rows.map((row) => toCompletion(row, people, topics.get(row.id) ?? [], certificates.get(row.id) ?? []));
}

/** One page of a person's training records and how many there are, for the person's page. */
export function pageCompletions(db: Database, input: { memberId: string; offset: number; limit: number }): CompletionsPage {
  requireMember(db, input.memberId);
  const total = db.prepare("SELECT count(*) FROM training_completions WHERE member_id = ?").pluck().get(input.memberId) as number;
  return { completions: listCompletions(db, input.memberId, input), total, offset: input.offset };
}

export function requireCompletion(db: Database, id: string): TrainingCompletion {
  const row = db.prepare(`${COMPLETION_SELECT} WHERE c.id = ?`).get(id) as CompletionRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That training record does not exist. Refresh the page.");
  return toCompletion(row, peopleLookup(db), completionTopics(db, row.id), listCertificates(db, row.id));
}

/** What was completed, when and with whom: from the session, or as entered for training taken on one's own. */
function trainingFacts(db: Database, training: RecordCompletionInput["training"]): { sessionId: string | null; completedOn: string; trainer: string; topics: TopicRef[] } {
  if (training.kind === "session") {
    const session = requireSession(db, training.sessionId);
    return { sessionId: session.id, completedOn: session.heldOn, trainer: session.trainer, topics: session.topics };
  }
  return { sessionId: null, completedOn: training.completedOn, trainer: training.trainer, topics: topicsForNewRecord(db, training.topicIds) };
}

export function recordCompletion(db: Database, actor: Actor, input: RecordCompletionInput, now: Date = new Date()): TrainingCompletion {
  const id = randomUUID();
  db.transaction(() => {
    const member = requireMember(db, input.memberId);
    const facts = trainingFacts(db, input.training);
    if (facts.completedOn < member.hire_date) {
      // Training before the first day is fine (onboarding often starts early), but not years before.
      const earliest = `${Number(member.hire_date.slice(0, 4)) - 1}${member.hire_date.slice(4)}`;
      if (facts.completedOn < earliest) throw refuse(`That date is more than a year before ${member.full_name} was hired (${member.hire_date}). Check the date.`, "completedOn");
    }
    if (facts.completedOn > practiceToday(db, now)) throw refuse("Training cannot be recorded before it has happened. Check the date.", "completedOn");
    if (member.termination_date !== null && facts.completedOn > member.termination_date) {
      throw refuse(`${member.full_name} left on ${member.termination_date}, before this training.`, "memberId");
    }
    if (facts.sessionId !== null) {
      const already = db.prepare("SELECT 1 FROM training_completions WHERE member_id = ? AND session_id = ?").get(member.id, facts.sessionId);
      if (already) throw new AppFailure("CONFLICT", `${member.full_name}'s attendance at this session is already recorded.`);
    }
    // 164.308(a)(5): the person attests in their own hand, so the typed name must be theirs.
    if (!namesMatch(input.typedName, member.full_name)) throw refuse(NAME_MISMATCH_MESSAGE, "typedName");
    const wording = acknowledgmentWording({ personName: member.full_name, topicNames: facts.topics.map((t) => t.name), completedOn: facts.completedOn, trainer: facts.trainer });
    if (input.wording !== wording) {
      throw new AppFailure("CONFLICT", "The statement changed while it was on screen (a topic or name was edited). Read the new statement and sign again.");
    }
    const at = now.toISOString();
    db.prepare(
      `INSERT INTO training_completions (id, member_id, session_id, completed_on, trainer, ack_typed_name, ack_wording, ack_at, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, member.id, facts.sessionId, facts.completedOn, facts.trainer, input.typedName, wording, at, userIdOf(actor), nowIso());
    const link = db.prepare("INSERT INTO training_completion_topics (completion_id, topic_id) VALUES (?, ?)");
    for (const topic of facts.topics) link.run(id, topic.id);
    appendAudit(db, actor, {
      action: "training.completion-recorded",
      recordType: "training-completion",
      recordId: id,
      summary: `Recorded ${member.full_name}'s training of ${facts.completedOn}, acknowledged with their typed name`,
      changes: { memberId: member.id, sessionId: facts.sessionId, completedOn: facts.completedOn, trainer: facts.trainer, topics: facts.topics.map((t) => t.name), typedName: input.typedName, wording },
    });
  })();
  return requireCompletion(db, id);
}

function refuse(message: string, field: string): AppFailure {
  return new AppFailure("VALIDATION", message, { [field]: message });
}
