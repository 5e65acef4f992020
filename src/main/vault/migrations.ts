import type { Database } from "better-sqlite3-multiple-ciphers";
import { reportsMigration } from "../reports/reportsMigration";
import { riskMigration } from "../risk/riskMigration";
import { backupMigration } from "../backup/backupMigration";
import { dashboardIndexesMigration } from "../dashboard/dashboardIndexesMigration";
import { incidentMigration } from "../incidents/incidentMigration";
import { vendorMigration } from "../vendors/vendorMigration";
import { policyMigration } from "../policies/policyMigration";
import { workforceMigration } from "../workforce/workforceMigration";
import { taskMigration } from "../tasks/taskMigration";
import { auditSealMigration } from "../audit/auditSealMigration";
import { attachmentIndexesMigration } from "./attachmentIndexesMigration";
import { VaultDamagedError, VAULT_PROBLEM_MESSAGES } from "./vaultErrors";

/**
 * The schema's history, oldest first. Each step runs in its own transaction together with the
 * `user_version` bump, so a crash leaves the database at the last completed version. Never edit a
 * step that has shipped; add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export type MigrationStep = Omit<Migration, "version">;

/** Each step's position is its version (the first is 1). Add new steps at the end only. */
const STEPS: readonly MigrationStep[] = [
  {
    name: "practice, users, settings and the hash-chained audit log",
    up(db) {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE practice (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          profile TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE users (
          id TEXT PRIMARY KEY,
          username TEXT NOT NULL UNIQUE COLLATE NOCASE,
          full_name TEXT NOT NULL,
          title TEXT NOT NULL DEFAULT '',
          role TEXT NOT NULL CHECK (role IN ('administrator', 'staff', 'readonly')),
          must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
          created_at TEXT NOT NULL,
          removed_at TEXT
        ) STRICT;
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE audit_log (
          seq INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor_id TEXT,
          actor_name TEXT NOT NULL,
          action TEXT NOT NULL,
          record_type TEXT,
          record_id TEXT,
          summary TEXT NOT NULL,
          changes TEXT,
          prev_hash TEXT NOT NULL,
          hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_log_by_time ON audit_log (at);
        CREATE INDEX audit_log_by_action ON audit_log (action);
        -- Append-only inside the app; the hash chain catches edits made around these triggers.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
      `);
    },
  },
  {
    name: "the guided safeguard assessment, its evidence files and the remediation plan",
    up(db) {
      db.exec(`
        CREATE TABLE assessments (
          id TEXT PRIMARY KEY,
          year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
          status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'finalized')),
          catalog_version TEXT NOT NULL,
          started_by TEXT NOT NULL REFERENCES users (id),
          started_at TEXT NOT NULL,
          carried_from TEXT REFERENCES assessments (id),
          finalized_by TEXT REFERENCES users (id),
          finalized_at TEXT,
          -- The practice facts that decided applicability, frozen when finalized so the results never move.
          finalized_profile TEXT,
          CHECK ((status = 'finalized') = (finalized_by IS NOT NULL AND finalized_at IS NOT NULL AND finalized_profile IS NOT NULL)),
          CHECK (carried_from IS NOT id)
        ) STRICT;

        -- One row per question touched. answered_by/at say who chose the answer (or confirmed a carried
        -- one); updated_by/at say who last changed the answer or the notes.
        CREATE TABLE assessment_answers (
          assessment_id TEXT NOT NULL REFERENCES assessments (id),
          question_id TEXT NOT NULL CHECK (question_id GLOB 'q-*'),
          value TEXT,
          notes TEXT NOT NULL DEFAULT '',
          answered_by TEXT REFERENCES users (id),
          answered_at TEXT,
          carried_over INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
          updated_by TEXT NOT NULL REFERENCES users (id),
          updated_at TEXT NOT NULL,
          PRIMARY KEY (assessment_id, question_id),
          CHECK ((value IS NULL) = (answered_by IS NULL) AND (value IS NULL) = (answered_at IS NULL)),
          CHECK (value IS NOT NULL OR notes <> '')
        ) STRICT;

        -- A user's "not applicable" (always with its reason) and the documented decision on an
        -- addressable specification (45 CFR 164.306(d)(3)); applicability from the profile is not stored.
        CREATE TABLE assessment_requirement_states (
          assessment_id TEXT NOT NULL REFERENCES assessments (id),
          requirement_id TEXT NOT NULL CHECK (requirement_id GLOB '164.3*'),
          not_applicable_reason TEXT CHECK (not_applicable_reason IS NULL OR length(trim(not_applicable_reason)) > 0),
          not_applicable_by TEXT REFERENCES users (id),
          not_applicable_at TEXT,
          decision TEXT CHECK (decision IN ('implemented', 'alternative', 'not-reasonable')),
          decision_description TEXT NOT NULL DEFAULT '',
          decision_rationale TEXT NOT NULL DEFAULT '',
          decided_by TEXT REFERENCES users (id),
          decided_at TEXT,
          carried_over INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
          PRIMARY KEY (assessment_id, requirement_id),
          CHECK ((not_applicable_reason IS NULL) = (not_applicable_by IS NULL) AND (not_applicable_reason IS NULL) = (not_applicable_at IS NULL)),
          CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
          CHECK (decision IS NOT 'alternative' OR length(trim(decision_description)) > 0),
          CHECK (decision IS NOT 'not-reasonable' OR (length(trim(decision_rationale)) > 0 AND length(trim(decision_description)) > 0)),
          CHECK (not_applicable_reason IS NOT NULL OR decision IS NOT NULL)
        ) STRICT;

        CREATE TABLE assessment_section_reviews (
          assessment_id TEXT NOT NULL REFERENCES assessments (id),
          safeguard TEXT NOT NULL CHECK (safeguard IN ('administrative', 'physical', 'technical', 'organizational', 'documentation')),
          reviewed_by TEXT NOT NULL REFERENCES users (id),
          reviewed_at TEXT NOT NULL,
          note TEXT NOT NULL DEFAULT '',
          PRIMARY KEY (assessment_id, safeguard)
        ) STRICT;

        -- Evidence files live inside the encrypted database, never as loose files on disk.
        CREATE TABLE evidence (
          id TEXT PRIMARY KEY,
          assessment_id TEXT NOT NULL REFERENCES assessments (id),
          question_id TEXT NOT NULL CHECK (question_id GLOB 'q-*'),
          file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
          mime_type TEXT NOT NULL,
          size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 20971520),
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
          content BLOB NOT NULL CHECK (length(content) = size),
          added_by TEXT NOT NULL REFERENCES users (id),
          added_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX evidence_by_question ON evidence (assessment_id, question_id);

        -- The remediation plan, 164.308(a)(1)(ii)(B). Generic over where an item came from: an
        -- assessment gap names its assessment and question; the risk analysis's own migration adds a
        -- risk_pair_id column (ALTER TABLE ... ADD COLUMN) for source_kind 'risk'.
        CREATE TABLE action_items (
          id TEXT PRIMARY KEY,
          source_kind TEXT NOT NULL CHECK (source_kind IN ('assessment-gap', 'risk')),
          assessment_id TEXT REFERENCES assessments (id),
          question_id TEXT,
          title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
          priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
          owner_user_id TEXT REFERENCES users (id),
          owner_name TEXT CHECK (owner_name IS NULL OR length(trim(owner_name)) > 0),
          due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done')),
          notes TEXT NOT NULL DEFAULT '',
          created_by TEXT NOT NULL REFERENCES users (id),
          created_at TEXT NOT NULL,
          updated_by TEXT NOT NULL REFERENCES users (id),
          updated_at TEXT NOT NULL,
          completed_at TEXT,
          CHECK (owner_user_id IS NULL OR owner_name IS NULL),
          CHECK ((status = 'done') = (completed_at IS NOT NULL)),
          CHECK ((source_kind = 'assessment-gap') = (assessment_id IS NOT NULL AND question_id IS NOT NULL))
        ) STRICT;
        CREATE UNIQUE INDEX action_items_one_per_gap ON action_items (assessment_id, question_id) WHERE source_kind = 'assessment-gap';
        CREATE INDEX action_items_by_status ON action_items (status, due_date);
        CREATE INDEX action_items_by_owner ON action_items (owner_user_id, status);
        CREATE INDEX action_items_by_question ON action_items (question_id, status);
      `);
    },
  },
  reportsMigration,
  riskMigration,
  taskMigration,
  workforceMigration,
  policyMigration,
  vendorMigration,
  incidentMigration,
  backupMigration,
  dashboardIndexesMigration,
  auditSealMigration,
  attachmentIndexesMigration,
];

export const MIGRATIONS: readonly Migration[] = STEPS.map((step, index) => ({ version: index + 1, ...step }));

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}

export function schemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Brings the database up to the last migration; refuses one written by a newer app. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  assertMigrationsOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new VaultDamagedError("too-new", VAULT_PROBLEM_MESSAGES["too-new"]);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latest };
}
