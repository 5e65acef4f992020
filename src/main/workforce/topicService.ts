import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { SessionInput, TopicInput, TopicRef, TrainingSession, TrainingTopic } from "../../shared/model/training";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { peopleLookup, userIdOf } from "../services/assessmentRecords";
import { changedFields } from "../services/recordChanges";
import { nowIso } from "./workforceRecords";

/** Training topics and sessions, 45 CFR 164.308(a)(5). Topics are retired, never deleted: past records name them. */

interface TopicRow {
  id: string;
  name: string;
  description: string;
  required: 0 | 1;
  seeded: 0 | 1;
  position: number;
  retired_at: string | null;
}

function toTopic(row: TopicRow): TrainingTopic {
  return { id: row.id, name: row.name, description: row.description, required: row.required === 1, seeded: row.seeded === 1, inUse: row.retired_at === null };
}

export function listTopics(db: Database): TrainingTopic[] {
  return (db.prepare("SELECT * FROM training_topics ORDER BY retired_at IS NOT NULL, position, name COLLATE NOCASE").all() as TopicRow[]).map(toTopic);
}

function requireTopic(db: Database, id: string): TopicRow {
  const row = db.prepare("SELECT * FROM training_topics WHERE id = ?").get(id) as TopicRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That training topic does not exist. Refresh the list of topics.");
  return row;
}

function assertNameFree(db: Database, name: string, exceptId: string | null): void {
  const taken = db.prepare("SELECT id FROM training_topics WHERE name = ? COLLATE NOCASE AND id IS NOT ?").pluck().get(name, exceptId);
  if (taken !== undefined) {
    const message = `There is already a topic called "${name}".`;
    throw new AppFailure("CONFLICT", message, { name: message });
  }
}

export function addTopic(db: Database, actor: Actor, topic: TopicInput): TrainingTopic {
  const id = randomUUID();
  db.transaction(() => {
    assertNameFree(db, topic.name, null);
    const position = db.prepare("SELECT coalesce(max(position) + 1, 0) FROM training_topics").pluck().get() as number;
    db.prepare("INSERT INTO training_topics (id, name, description, required, seeded, position, created_by, created_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)").run(
      id,
      topic.name,
      topic.description,
      topic.required ? 1 : 0,
      position,
      userIdOf(actor),
      nowIso(),
    );
    appendAudit(db, actor, { action: "training.topic-added", recordType: "training-topic", recordId: id, summary: `Added the training topic "${topic.name}"`, changes: { ...topic } });
  })();
  return toTopic(requireTopic(db, id));
}

export function updateTopic(db: Database, actor: Actor, input: { topicId: string; topic: TopicInput; inUse: boolean }): TrainingTopic {
  db.transaction(() => {
    const row = requireTopic(db, input.topicId);
    assertNameFree(db, input.topic.name, row.id);
    const before = toTopic(row);
    const changes = changedFields(
      { name: before.name, description: before.description, required: before.required, inUse: before.inUse },
      { ...input.topic, inUse: input.inUse },
    );
    if (Object.keys(changes).length === 0) return;
    const retiredAt = input.inUse ? null : (row.retired_at ?? nowIso());
    db.prepare("UPDATE training_topics SET name = ?, description = ?, required = ?, retired_at = ? WHERE id = ?").run(
      input.topic.name,
      input.topic.description,
      input.topic.required ? 1 : 0,
      retiredAt,
      row.id,
    );
    appendAudit(db, actor, { action: "training.topic-updated", recordType: "training-topic", recordId: row.id, summary: `Changed the training topic "${input.topic.name}"`, changes });
  })();
  return toTopic(requireTopic(db, input.topicId));
}

/** The topics, in use, for a new session or record; each id must name one. */
export function topicsForNewRecord(db: Database, ids: readonly string[]): TopicRef[] {
  return ids.map((id) => {
    const row = db.prepare("SELECT * FROM training_topics WHERE id = ?").get(id) as TopicRow | undefined;
    if (!row || row.retired_at !== null) {
      const message = row ? `"${row.name}" was retired; choose a topic in use.` : "That topic does not exist. Refresh the list of topics.";
      throw new AppFailure("VALIDATION", message, { topicIds: message });
    }
    return { id: row.id, name: row.name };
  });
}

interface SessionRow {
  id: string;
  held_on: string;
  trainer: string;
  notes: string;
  created_by: string;
  created_at: string;
  attendee_count: number;
}

function sessionTopics(db: Database, sessionId: string): TopicRef[] {
  return db
    .prepare("SELECT t.id, t.name FROM training_session_topics s JOIN training_topics t ON t.id = s.topic_id WHERE s.session_id = ? ORDER BY t.position, t.name")
    .all(sessionId) as TopicRef[];
}

const SESSION_SELECT = `SELECT s.*, (SELECT count(*) FROM training_completions c WHERE c.session_id = s.id) AS attendee_count FROM training_sessions s`;

export function listSessions(db: Database): TrainingSession[] {
  const people = peopleLookup(db);
  const rows = db.prepare(`${SESSION_SELECT} ORDER BY s.held_on DESC, s.created_at DESC`).all() as SessionRow[];
  return rows.map((row) => toSession(db, row, people));
}

function toSession(db: Database, row: SessionRow, people: ReturnType<typeof peopleLookup>): TrainingSession {
  return {
    id: row.id,
    heldOn: row.held_on,
    trainer: row.trainer,
    notes: row.notes,
    topics: sessionTopics(db, row.id),
    attendeeCount: row.attendee_count,
    createdBy: people(row.created_by),
    createdAt: row.created_at,
  };
}

export function requireSession(db: Database, id: string): TrainingSession {
  const row = db.prepare(`${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That training session does not exist. Refresh the list of sessions.");
  return toSession(db, row, peopleLookup(db));
}

export function addSession(db: Database, actor: Actor, session: SessionInput): TrainingSession {
  const id = randomUUID();
  db.transaction(() => {
    const topics = topicsForNewRecord(db, session.topicIds);
    db.prepare("INSERT INTO training_sessions (id, held_on, trainer, notes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)").run(
      id,
      session.heldOn,
      session.trainer,
      session.notes,
      userIdOf(actor),
      nowIso(),
    );
    const link = db.prepare("INSERT INTO training_session_topics (session_id, topic_id) VALUES (?, ?)");
    for (const topic of topics) link.run(id, topic.id);
    appendAudit(db, actor, {
      action: "training.session-added",
      recordType: "training-session",
      recordId: id,
      summary: `Recorded a training session on ${session.heldOn} given by ${session.trainer}`,
      changes: { heldOn: session.heldOn, trainer: session.trainer, topics: topics.map((topic) => topic.name), notes: session.notes },
    });
  })();
  return requireSession(db, id);
}
