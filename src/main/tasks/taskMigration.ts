import type { Database } from "better-sqlite3-multiple-ciphers";
import { TASK_KINDS } from "../../shared/model/task";
import { RECURRENCES } from "../../shared/rules/recurrence";

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
const ISO_DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";

/**
 * Ongoing monitoring: the practice's recurring and one-off tasks (the evaluation of 45 CFR
 * 164.308(a)(8), the activity review of 164.308(a)(1)(ii)(D), and the rest) and the record of each
 * time one was done. A completion is evidence for an auditor, so it is never changed or deleted, and
 * its file is a BLOB inside the encrypted database like every other evidence file.
 */
export const taskMigration: { name: string; up(db: Database): void } = {
  name: "ongoing monitoring: recurring tasks and their completion records",
  up(db) {
    db.exec(`
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${list(TASK_KINDS)})),
        title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        cfr TEXT NOT NULL DEFAULT '' CHECK (length(cfr) <= 100),
        owner_user_id TEXT NOT NULL REFERENCES users (id),
        due_date TEXT NOT NULL CHECK (due_date GLOB ${ISO_DATE_GLOB}),
        recurrence TEXT NOT NULL CHECK (recurrence IN (${list(RECURRENCES)})),
        -- The day of the month a repeating task keeps to; 31 means the last day of each month.
        schedule_day INTEGER NOT NULL CHECK (schedule_day BETWEEN 1 AND 31),
        notes TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        -- A repeating task is never closed: completing it moves it to its next date.
        CHECK (status = 'open' OR recurrence = 'none')
      ) STRICT;
      CREATE INDEX tasks_by_due ON tasks (status, due_date);
      CREATE INDEX tasks_by_owner ON tasks (owner_user_id, status);
      -- Each standing task of the Security Rule is seeded once; the practice adds its own as 'custom'.
      CREATE UNIQUE INDEX tasks_one_standing_per_kind ON tasks (kind) WHERE kind <> 'custom';

      CREATE TABLE task_completions (
        id TEXT PRIMARY KEY,
        task_id TEXT NOT NULL REFERENCES tasks (id),
        due_date TEXT NOT NULL CHECK (due_date GLOB ${ISO_DATE_GLOB}),
        completed_on TEXT NOT NULL CHECK (completed_on GLOB ${ISO_DATE_GLOB}),
        completed_by TEXT NOT NULL REFERENCES users (id),
        recorded_at TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        next_due_date TEXT CHECK (next_due_date IS NULL OR (next_due_date GLOB ${ISO_DATE_GLOB} AND next_due_date > completed_on)),
        evidence_file_name TEXT CHECK (evidence_file_name IS NULL OR length(evidence_file_name) BETWEEN 1 AND 120),
        evidence_mime_type TEXT,
        evidence_size INTEGER CHECK (evidence_size IS NULL OR evidence_size BETWEEN 1 AND 20971520),
        evidence_sha256 TEXT CHECK (evidence_sha256 IS NULL OR length(evidence_sha256) = 64),
        evidence_content BLOB CHECK (evidence_content IS NULL OR length(evidence_content) = evidence_size),
        CHECK ((evidence_file_name IS NULL) = (evidence_mime_type IS NULL)
          AND (evidence_file_name IS NULL) = (evidence_size IS NULL)
          AND (evidence_file_name IS NULL) = (evidence_sha256 IS NULL)
          AND (evidence_file_name IS NULL) = (evidence_content IS NULL))
      ) STRICT;
      CREATE INDEX task_completions_by_task ON task_completions (task_id, completed_on);
      CREATE TRIGGER task_completions_no_update BEFORE UPDATE ON task_completions
        BEGIN SELECT RAISE(ABORT, 'A completion record cannot be changed.'); END;
      CREATE TRIGGER task_completions_no_delete BEFORE DELETE ON task_completions
        BEGIN SELECT RAISE(ABORT, 'A completion record cannot be deleted.'); END;
    `);
  },
};
