import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { REMOVAL_STEPS } from "../../shared/model/workforce";
import { SEEDED_TRAINING_TOPICS } from "./seededTopics";

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
const ISO_DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";

/**
 * The workforce roster and security training, 45 CFR 164.308(a)(3) and (a)(5): everyone who works at
 * the practice (with or without an app account), the access-removal checklist opened when someone
 * leaves, training topics (five to start with), sessions, each person's completions with their typed
 * acknowledgment, and certificates stored as BLOBs inside the encrypted database.
 */
export const workforceMigration: { name: string; up(db: Database): void } = {
  name: "the workforce roster, access-removal checklists and security training records",
  up(db) {
    db.exec(`
      CREATE TABLE workforce_members (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL CHECK (length(trim(full_name)) BETWEEN 1 AND 200),
        job_title TEXT NOT NULL DEFAULT '' CHECK (length(job_title) <= 200),
        hire_date TEXT NOT NULL CHECK (hire_date GLOB ${ISO_DATE_GLOB}),
        termination_date TEXT CHECK (termination_date IS NULL OR (termination_date GLOB ${ISO_DATE_GLOB} AND termination_date >= hire_date)),
        termination_note TEXT NOT NULL DEFAULT '',
        terminated_by TEXT REFERENCES users (id),
        terminated_at TEXT,
        user_id TEXT REFERENCES users (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        CHECK ((termination_date IS NULL) = (terminated_by IS NULL) AND (termination_date IS NULL) = (terminated_at IS NULL))
      ) STRICT;
      -- An app account belongs to one person on the roster at most.
      CREATE UNIQUE INDEX workforce_members_one_per_account ON workforce_members (user_id) WHERE user_id IS NOT NULL;
      CREATE INDEX workforce_members_by_name ON workforce_members (full_name COLLATE NOCASE);

      -- Termination procedures, 164.308(a)(3)(ii)(C): each step, who did it and when.
      CREATE TABLE workforce_removal_steps (
        member_id TEXT NOT NULL REFERENCES workforce_members (id),
        step TEXT NOT NULL CHECK (step IN (${list(REMOVAL_STEPS)})),
        position INTEGER NOT NULL CHECK (position >= 0),
        done_by TEXT REFERENCES users (id),
        done_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (member_id, step),
        CHECK ((done_by IS NULL) = (done_at IS NULL))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE training_topics (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 120),
        description TEXT NOT NULL DEFAULT '',
        required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
        seeded INTEGER NOT NULL DEFAULT 0 CHECK (seeded IN (0, 1)),
        position INTEGER NOT NULL,
        retired_at TEXT,
        created_by TEXT REFERENCES users (id),
        created_at TEXT NOT NULL,
        CHECK (seeded = 1 OR created_by IS NOT NULL)
      ) STRICT;

      CREATE TABLE training_sessions (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL CHECK (held_on GLOB ${ISO_DATE_GLOB}),
        trainer TEXT NOT NULL CHECK (length(trim(trainer)) BETWEEN 1 AND 200),
        notes TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_sessions_by_date ON training_sessions (held_on);

      CREATE TABLE training_session_topics (
        session_id TEXT NOT NULL REFERENCES training_sessions (id),
        topic_id TEXT NOT NULL REFERENCES training_topics (id),
        PRIMARY KEY (session_id, topic_id)
      ) STRICT, WITHOUT ROWID;

      -- One person's completed training, with the statement they read and the name they typed to sign it.
      CREATE TABLE training_completions (
        id TEXT PRIMARY KEY,
        member_id TEXT NOT NULL REFERENCES workforce_members (id),
        session_id TEXT REFERENCES training_sessions (id),
        completed_on TEXT NOT NULL CHECK (completed_on GLOB ${ISO_DATE_GLOB}),
        trainer TEXT NOT NULL DEFAULT '',
        ack_typed_name TEXT NOT NULL CHECK (length(trim(ack_typed_name)) BETWEEN 1 AND 200),
        ack_wording TEXT NOT NULL CHECK (length(ack_wording) > 0),
        ack_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users (id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_completions_by_member ON training_completions (member_id, completed_on);
      CREATE UNIQUE INDEX training_completions_once_per_session ON training_completions (member_id, session_id) WHERE session_id IS NOT NULL;
      -- A signed acknowledgment stays exactly as it was signed.
      CREATE TRIGGER training_completions_signed BEFORE UPDATE ON training_completions
        BEGIN SELECT RAISE(ABORT, 'A signed training record cannot be changed.'); END;

      CREATE TABLE training_completion_topics (
        completion_id TEXT NOT NULL REFERENCES training_completions (id),
        topic_id TEXT NOT NULL REFERENCES training_topics (id),
        PRIMARY KEY (completion_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX training_completion_topics_by_topic ON training_completion_topics (topic_id);
      CREATE TRIGGER training_completion_topics_signed BEFORE UPDATE ON training_completion_topics
        BEGIN SELECT RAISE(ABORT, 'A signed training record cannot be changed.'); END;

      -- Certificates live inside the encrypted database, never as loose files on disk (164.312(a)(2)(iv)).
      CREATE TABLE training_certificates (
        id TEXT PRIMARY KEY,
        completion_id TEXT NOT NULL REFERENCES training_completions (id),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 20971520),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        content BLOB NOT NULL CHECK (length(content) = size),
        added_by TEXT NOT NULL REFERENCES users (id),
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX training_certificates_by_completion ON training_certificates (completion_id);
    `);
    const insert = db.prepare("INSERT INTO training_topics (id, name, description, required, seeded, position, created_at) VALUES (?, ?, ?, 1, 1, ?, ?)");
    const now = new Date().toISOString();
    SEEDED_TRAINING_TOPICS.forEach((topic, position) => insert.run(randomUUID(), topic.name, topic.description, position, now));
  },
};
