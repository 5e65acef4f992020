import type { Database } from "better-sqlite3-multiple-ciphers";

const ISO_DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";
const date = (column: string, nullable = true) => `${column} TEXT ${nullable ? "" : "NOT NULL "}CHECK (${column} IS NULL OR ${column} GLOB ${ISO_DATE_GLOB})`;

/** Rows that are a record of something done (a review, an acknowledgment) are never changed or removed. */
const appendOnly = (table: string, what: string) => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${what} cannot be changed once recorded.'); END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${what} cannot be deleted.'); END;`;

/**
 * The written policies and procedures, 45 CFR 164.316: each policy with its versions (a version's text
 * never changes; editing saves a new draft version), who approved each one and the dates it was in
 * effect, the annual reviews, and staff acknowledgments with the exact wording agreed to.
 *
 * Retention, 164.316(b)(2)(i): retain_until is the last day a version must be kept (six years after
 * the later of its creation and the last day it was in effect); it is NULL while the version is in
 * effect. The database refuses to delete a version before that day; the app has no delete at all.
 */
export const policyMigration: { name: string; up(db: Database): void } = {
  name: "security policies: versions with approval and retention dates, annual reviews, and staff acknowledgments",
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        id TEXT PRIMARY KEY,
        template_id TEXT UNIQUE CHECK (template_id IS NULL OR length(template_id) BETWEEN 1 AND 60),
        position INTEGER NOT NULL CHECK (position >= 0),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policy_versions (
        id TEXT PRIMARY KEY,
        policy_id TEXT NOT NULL REFERENCES policies (id),
        number INTEGER NOT NULL CHECK (number >= 1),
        title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 500),
        cfr TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cfr) AND json_type(cfr) = 'array'),
        body TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 100000),
        source TEXT NOT NULL CHECK (source IN ('template', 'edit')),
        change_summary TEXT NOT NULL CHECK (length(trim(change_summary)) BETWEEN 1 AND 1000),
        diff_summary TEXT NOT NULL DEFAULT '',
        -- Notes for the editor (defaults used where the assessment had no answer); never part of the policy.
        editor_notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(editor_notes) AND json_type(editor_notes) = 'array'),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in-effect', 'superseded', 'withdrawn')),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        ${date("created_on", false)},
        approved_by TEXT REFERENCES users (id),
        approved_at TEXT,
        ${date("effective_from")},
        ${date("effective_until")},
        ${date("next_review_date")},
        ${date("retain_until")},
        UNIQUE (policy_id, number),
        CHECK ((approved_by IS NULL) = (approved_at IS NULL) AND (approved_by IS NULL) = (effective_from IS NULL)),
        CHECK ((status IN ('in-effect', 'superseded')) = (approved_by IS NOT NULL)),
        CHECK (status <> 'in-effect' OR next_review_date IS NOT NULL),
        CHECK ((status = 'superseded') = (effective_until IS NOT NULL)),
        CHECK ((status = 'in-effect') = (retain_until IS NULL)),
        CHECK (effective_until IS NULL OR effective_until >= effective_from)
      ) STRICT;
      CREATE UNIQUE INDEX policy_versions_one_draft ON policy_versions (policy_id) WHERE status = 'draft';
      CREATE UNIQUE INDEX policy_versions_one_in_effect ON policy_versions (policy_id) WHERE status = 'in-effect';
      CREATE INDEX policy_versions_review ON policy_versions (next_review_date) WHERE status = 'in-effect';

      -- What a version says, and who wrote it when, never changes; only its standing moves on.
      CREATE TRIGGER policy_versions_text_fixed
        BEFORE UPDATE OF policy_id, number, title, summary, cfr, body, source, change_summary, diff_summary, editor_notes, created_by, created_at, created_on
        ON policy_versions
        BEGIN SELECT RAISE(ABORT, 'A policy version''s text never changes; save a new version instead.'); END;
      -- A draft is approved or replaced; a version in effect is superseded; nothing goes back.
      CREATE TRIGGER policy_versions_status_forward BEFORE UPDATE OF status ON policy_versions
        WHEN NOT (OLD.status = NEW.status
          OR (OLD.status = 'draft' AND NEW.status IN ('in-effect', 'withdrawn'))
          OR (OLD.status = 'in-effect' AND NEW.status = 'superseded'))
        BEGIN SELECT RAISE(ABORT, 'A policy version''s status can only move forward.'); END;
      CREATE TRIGGER policy_versions_retained BEFORE DELETE ON policy_versions
        WHEN OLD.retain_until IS NULL OR OLD.retain_until >= date('now')
        BEGIN SELECT RAISE(ABORT, 'Policy versions are kept for six years after they were last in effect (45 CFR 164.316(b)(2)(i)).'); END;

      -- The annual review of the version in effect, when no change was needed (a change is a new version).
      CREATE TABLE policy_reviews (
        id TEXT PRIMARY KEY,
        version_id TEXT NOT NULL REFERENCES policy_versions (id),
        reviewed_by TEXT NOT NULL REFERENCES users (id),
        reviewed_at TEXT NOT NULL,
        ${date("reviewed_on", false)},
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        ${date("next_review_date", false)}
      ) STRICT;
      CREATE INDEX policy_reviews_by_version ON policy_reviews (version_id);

      -- A person's acknowledgment of a version in effect, typed on the shared computer: the name typed,
      -- the person it matched (an app user, or someone on the workforce roster), and the exact wording.
      CREATE TABLE policy_acknowledgments (
        id TEXT PRIMARY KEY,
        version_id TEXT NOT NULL REFERENCES policy_versions (id),
        person_kind TEXT NOT NULL CHECK (person_kind IN ('user', 'workforce')),
        person_id TEXT NOT NULL,
        typed_name TEXT NOT NULL CHECK (length(trim(typed_name)) BETWEEN 1 AND 200),
        name_key TEXT NOT NULL CHECK (length(name_key) BETWEEN 1 AND 200),
        statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
        acknowledged_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES users (id),
        UNIQUE (version_id, name_key)
      ) STRICT;

      ${appendOnly("policy_reviews", "A policy review")}
      ${appendOnly("policy_acknowledgments", "A policy acknowledgment")}
    `);
  },
};
