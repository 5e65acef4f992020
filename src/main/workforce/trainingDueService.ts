import type { Database } from "better-sqlite3-multiple-ciphers";
import type { TrainingDueView } from "../../shared/model/training";
import { trainingDue, type DueCompletion, type DuePerson, type DueTopic, type TrainingDueLists } from "../../shared/rules/trainingDue";
import { readTrainingSettings } from "./trainingSettingsService";
import { practiceToday } from "./workforceRecords";

/** The facts the due-date rule needs, read from the vault. */
function dueFacts(db: Database, memberId: string | null) {
  const people = (
    memberId
      ? db.prepare("SELECT id, full_name AS name, hire_date AS hireDate, termination_date AS terminationDate FROM workforce_members WHERE id = ?").all(memberId)
      : db.prepare("SELECT id, full_name AS name, hire_date AS hireDate, termination_date AS terminationDate FROM workforce_members").all()
  ) as DuePerson[];
  const topics = db.prepare("SELECT id, name FROM training_topics WHERE required = 1 AND retired_at IS NULL ORDER BY position").all() as DueTopic[];
  // The rule needs only each person's latest completion of each topic: years of records come back as one row per pair.
  const completions = (
    memberId
      ? db
          .prepare(
            `SELECT c.member_id AS memberId, t.topic_id AS topicId, max(c.completed_on) AS completedOn
             FROM training_completions c JOIN training_completion_topics t ON t.completion_id = c.id WHERE c.member_id = ? GROUP BY c.member_id, t.topic_id`,
          )
          .all(memberId)
      : db
          .prepare(
            `SELECT c.member_id AS memberId, t.topic_id AS topicId, max(c.completed_on) AS completedOn
             FROM training_completions c JOIN training_completion_topics t ON t.completion_id = c.id GROUP BY c.member_id, t.topic_id`,
          )
          .all()
  ) as DueCompletion[];
  return { people, topics, completions, rules: readTrainingSettings(db) };
}

/**
 * The training that is overdue or coming up on `today` (YYYY-MM-DD, the practice's calendar day), each
 * item naming the person, the topic and the due date. For the dashboard and the task list.
 */
export function listTrainingDue(db: Database, today: string): TrainingDueLists {
  return trainingDue({ today, ...dueFacts(db, null) });
}

/** One person's overdue and coming-up topics. */
export function memberTrainingDue(db: Database, memberId: string, today: string): TrainingDueLists {
  return trainingDue({ today, ...dueFacts(db, memberId) });
}

export function trainingDueView(db: Database, now: Date = new Date()): TrainingDueView {
  const today = practiceToday(db, now);
  return { ...listTrainingDue(db, today), settings: readTrainingSettings(db) };
}
