import type { Database } from "better-sqlite3-multiple-ciphers";

/**
 * Indexes for what the dashboard and the task list read on every visit, sized for a practice with ten
 * years of records (issue 9: every screen's data in under 50 ms).
 *
 * - Each person's latest completion of each training topic (trainingDueService.ts) walks a person's
 *   records newest first and stops at the first that covers the topic. With the record's id in the
 *   index, that walk never reads the records themselves, whose acknowledgment wording makes them
 *   long. The index replaces the one on (member_id, completed_on), which it extends.
 * - Each task's latest completion (taskRecords.ts) is the newest by recorded_at: an index on
 *   (task_id, recorded_at) finds it without reading the completions, whose evidence files are stored
 *   in the same rows.
 */
export const dashboardIndexesMigration: { name: string; up(db: Database): void } = {
  name: "indexes for the dashboard and the task list on a ten-year practice",
  up(db) {
    db.exec(`
      DROP INDEX training_completions_by_member;
      CREATE INDEX training_completions_by_member ON training_completions (member_id, completed_on, id);
      CREATE INDEX task_completions_latest ON task_completions (task_id, recorded_at);
    `);
  },
};
