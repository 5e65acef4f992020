import type { Database } from "better-sqlite3-multiple-ciphers";
import type { TrainingDueView } from "../../shared/model/training";
import { trainingDue, type DueCompletion, type DuePerson, type DueTopic, type TrainingDueLists, type TrainingRules } from "../../shared/rules/trainingDue";
import { readTrainingSettings } from "./trainingSettingsService";
import { practiceToday } from "./workforceRecords";

/**
 * Each person's latest completion of each topic, one row per pair that has one. For every person and
 * topic the newest records are read backwards through the covering index on (member_id,
 * completed_on, id) until one covers the topic, so ten years of records cost a few index steps per
 * pair instead of a sort of every record (dashboardIndexesMigration.ts).
 */
const LATEST_COMPLETIONS = `SELECT m.id AS memberId, tp.id AS topicId,
    (SELECT c.completed_on FROM training_completions c
       JOIN training_completion_topics t ON t.completion_id = c.id AND t.topic_id = tp.id
      WHERE c.member_id = m.id ORDER BY c.completed_on DESC LIMIT 1) AS completedOn
  FROM workforce_members m CROSS JOIN training_topics tp`;

export interface TrainingRecordFacts {
  people: DuePerson[];
  topics: DueTopic[];
  /** Each person's latest completion of each topic they have ever completed (required or not). */
  completions: DueCompletion[];
  rules: TrainingRules;
}

/** The facts the due-date rule needs, read from the vault: everyone's, or one person's. */
export function readTrainingDueFacts(db: Database, memberId: string | null = null): TrainingRecordFacts {
  const people = (
    memberId
      ? db.prepare("SELECT id, full_name AS name, hire_date AS hireDate, termination_date AS terminationDate FROM workforce_members WHERE id = ?").all(memberId)
      : db.prepare("SELECT id, full_name AS name, hire_date AS hireDate, termination_date AS terminationDate FROM workforce_members").all()
  ) as DuePerson[];
  const topics = db.prepare("SELECT id, name FROM training_topics WHERE required = 1 AND retired_at IS NULL ORDER BY position").all() as DueTopic[];
  const pairs = (memberId ? db.prepare(`${LATEST_COMPLETIONS} WHERE m.id = ?`).all(memberId) : db.prepare(LATEST_COMPLETIONS).all()) as {
    memberId: string;
    topicId: string;
    completedOn: string | null;
  }[];
  const completions = pairs.filter((pair): pair is DueCompletion => pair.completedOn !== null);
  return { people, topics, completions, rules: readTrainingSettings(db) };
}

/**
 * The training that is overdue or coming up on `today` (YYYY-MM-DD, the practice's calendar day), each
 * item naming the person, the topic and the due date. For the dashboard and the task list.
 */
export function listTrainingDue(db: Database, today: string): TrainingDueLists {
  return trainingDue({ today, ...readTrainingDueFacts(db) });
}

/** One person's overdue and coming-up topics. */
export function memberTrainingDue(db: Database, memberId: string, today: string): TrainingDueLists {
  return trainingDue({ today, ...readTrainingDueFacts(db, memberId) });
}

export function trainingDueView(db: Database, now: Date = new Date()): TrainingDueView {
  const today = practiceToday(db, now);
  return { ...listTrainingDue(db, today), settings: readTrainingSettings(db) };
}
