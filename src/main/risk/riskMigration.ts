import type { Database } from "better-sqlite3-multiple-ciphers";
import { ASSET_KINDS } from "../../shared/risk/assetKinds";
import { RISK_LEVELS } from "../../shared/risk/riskMatrix";
import { TREATMENTS } from "../../shared/risk/treatment";
import { REVIEW_TRIGGER_KINDS } from "../../shared/model/risk";

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
const ISO_DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";

/** Once an analysis is finalized its rows stay as they were signed: the app refuses, and so does the database. */
function lockTriggers(table: string, analysisOf: (row: "OLD" | "NEW") => string): string {
  const locked = (row: "OLD" | "NEW") => `(SELECT status FROM risk_analyses WHERE id = ${analysisOf(row)}) = 'finalized'`;
  const message = "RAISE(ABORT, 'This risk analysis is finalized and can no longer change.')";
  return `
    CREATE TRIGGER ${table}_locked_insert BEFORE INSERT ON ${table} WHEN ${locked("NEW")} BEGIN SELECT ${message}; END;
    CREATE TRIGGER ${table}_locked_update BEFORE UPDATE ON ${table} WHEN ${locked("OLD")} OR ${locked("NEW")} BEGIN SELECT ${message}; END;
    CREATE TRIGGER ${table}_locked_delete BEFORE DELETE ON ${table} WHEN ${locked("OLD")} BEGIN SELECT ${message}; END;`;
}

/**
 * The annual risk analysis, 45 CFR 164.308(a)(1)(ii)(A), after OCR's 2010 guidance: the inventory of
 * where ePHI lives and flows (scope and data collection), threat-vulnerability pairs with their
 * current safeguards, inherent and residual ratings and treatment, the assessment questions that show
 * those safeguards, and the events that call for an earlier review. Mitigation steps are rows of the
 * shared remediation plan (action_items, source_kind 'risk'), which gains a risk_pair_id column here.
 *
 * A standalone step, without a version number: the lead places it in the ordered MIGRATIONS list,
 * after the migration that creates action_items.
 */
export const riskMigration: { name: string; up(db: Database): void } = {
  name: "the annual risk analysis: assets, data flows, threat-vulnerability pairs, review triggers, and risk mitigation steps in the remediation plan",
  up(db) {
    db.exec(`
      CREATE TABLE risk_analyses (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
        status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'finalized')),
        scope TEXT NOT NULL DEFAULT '',
        data_collection TEXT NOT NULL DEFAULT '',
        started_by TEXT NOT NULL REFERENCES users (id),
        started_at TEXT NOT NULL,
        carried_from TEXT REFERENCES risk_analyses (id),
        finalized_by TEXT REFERENCES users (id),
        finalized_at TEXT,
        review_interval_months INTEGER CHECK (review_interval_months BETWEEN 1 AND 12),
        next_review_date TEXT CHECK (next_review_date IS NULL OR next_review_date GLOB ${ISO_DATE_GLOB}),
        CHECK ((status = 'finalized') = (finalized_by IS NOT NULL AND finalized_at IS NOT NULL AND review_interval_months IS NOT NULL AND next_review_date IS NOT NULL)),
        CHECK (carried_from IS NOT id)
      ) STRICT;

      -- Assets are copied into each year's analysis (linked by predecessor_id) so a finalized year keeps
      -- its inventory as it was. They are retired, never deleted.
      CREATE TABLE risk_assets (
        id TEXT PRIMARY KEY,
        analysis_id TEXT NOT NULL REFERENCES risk_analyses (id),
        template_id TEXT,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        kind TEXT NOT NULL CHECK (kind IN (${list(ASSET_KINDS)})),
        owner TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        vendor_name TEXT NOT NULL DEFAULT '',
        ephi_kinds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ephi_kinds) AND json_type(ephi_kinds) = 'array'),
        approx_record_count INTEGER CHECK (approx_record_count >= 0),
        notes TEXT NOT NULL DEFAULT '',
        retired_by TEXT REFERENCES users (id),
        retired_at TEXT,
        retired_reason TEXT CHECK (retired_reason IS NULL OR length(trim(retired_reason)) > 0),
        predecessor_id TEXT REFERENCES risk_assets (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        UNIQUE (id, analysis_id),
        CHECK ((retired_at IS NULL) = (retired_by IS NULL) AND (retired_at IS NULL) = (retired_reason IS NULL)),
        CHECK (predecessor_id IS NOT id)
      ) STRICT;
      CREATE INDEX risk_assets_by_analysis ON risk_assets (analysis_id);
      CREATE UNIQUE INDEX risk_assets_one_successor ON risk_assets (analysis_id, predecessor_id) WHERE predecessor_id IS NOT NULL;

      -- Where ePHI goes from an asset: to another asset of the same analysis, or to a vendor named in
      -- free text (a vendor register comes later).
      CREATE TABLE risk_asset_flows (
        id TEXT PRIMARY KEY,
        analysis_id TEXT NOT NULL,
        from_asset_id TEXT NOT NULL,
        to_asset_id TEXT,
        vendor_name TEXT CHECK (vendor_name IS NULL OR length(trim(vendor_name)) BETWEEN 1 AND 200),
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL CHECK (position >= 0),
        FOREIGN KEY (from_asset_id, analysis_id) REFERENCES risk_assets (id, analysis_id),
        FOREIGN KEY (to_asset_id, analysis_id) REFERENCES risk_assets (id, analysis_id),
        CHECK ((to_asset_id IS NULL) <> (vendor_name IS NULL)),
        CHECK (to_asset_id IS NOT from_asset_id)
      ) STRICT;
      CREATE INDEX risk_asset_flows_from ON risk_asset_flows (from_asset_id, position);
      CREATE INDEX risk_asset_flows_to ON risk_asset_flows (to_asset_id);

      -- One threat-vulnerability pair on one asset. The levels are stored as the matrix gave them when
      -- rated, so a finalized year's documented levels never move.
      CREATE TABLE risk_pairs (
        id TEXT PRIMARY KEY,
        analysis_id TEXT NOT NULL REFERENCES risk_analyses (id),
        asset_id TEXT NOT NULL,
        threat_id TEXT CHECK (threat_id IS NULL OR length(threat_id) BETWEEN 1 AND 60),
        custom_threat TEXT CHECK (custom_threat IS NULL OR length(trim(custom_threat)) BETWEEN 1 AND 200),
        vulnerability TEXT NOT NULL CHECK (length(trim(vulnerability)) BETWEEN 1 AND 1000),
        controls TEXT NOT NULL DEFAULT '',
        inherent_likelihood INTEGER CHECK (inherent_likelihood BETWEEN 1 AND 5),
        inherent_impact INTEGER CHECK (inherent_impact BETWEEN 1 AND 5),
        inherent_level TEXT CHECK (inherent_level IN (${list(RISK_LEVELS)})),
        residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 5),
        residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5),
        residual_level TEXT CHECK (residual_level IN (${list(RISK_LEVELS)})),
        rating_note TEXT NOT NULL DEFAULT '',
        treatment TEXT CHECK (treatment IN (${list(TREATMENTS)})),
        treatment_note TEXT NOT NULL DEFAULT '',
        acceptance_approved_by TEXT REFERENCES users (id),
        acceptance_approved_at TEXT,
        acceptance_rationale TEXT CHECK (acceptance_rationale IS NULL OR length(trim(acceptance_rationale)) > 0),
        predecessor_id TEXT REFERENCES risk_pairs (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        FOREIGN KEY (asset_id, analysis_id) REFERENCES risk_assets (id, analysis_id),
        CHECK ((threat_id IS NULL) <> (custom_threat IS NULL)),
        CHECK ((inherent_level IS NULL) = (inherent_likelihood IS NULL OR inherent_impact IS NULL)),
        CHECK ((residual_level IS NULL) = (residual_likelihood IS NULL OR residual_impact IS NULL)),
        CHECK ((acceptance_approved_by IS NULL) = (acceptance_approved_at IS NULL) AND (acceptance_approved_by IS NULL) = (acceptance_rationale IS NULL)),
        CHECK (acceptance_approved_by IS NULL OR treatment IS 'accept'),
        CHECK (predecessor_id IS NOT id)
      ) STRICT;
      CREATE INDEX risk_pairs_by_analysis ON risk_pairs (analysis_id, asset_id);
      CREATE INDEX risk_pairs_by_predecessor ON risk_pairs (predecessor_id);
      CREATE UNIQUE INDEX risk_pairs_one_successor ON risk_pairs (analysis_id, predecessor_id) WHERE predecessor_id IS NOT NULL;

      -- The assessment questions (catalog ids) whose answers show a pair's current safeguards.
      CREATE TABLE risk_pair_controls (
        pair_id TEXT NOT NULL REFERENCES risk_pairs (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL CHECK (question_id GLOB 'q-*'),
        PRIMARY KEY (pair_id, question_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX risk_pair_controls_by_question ON risk_pair_controls (question_id);

      -- Events that call for reviewing the analysis before its date; the next finalized analysis resolves them.
      CREATE TABLE risk_review_triggers (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${list(REVIEW_TRIGGER_KINDS)})),
        note TEXT NOT NULL CHECK (length(trim(note)) BETWEEN 1 AND 2000),
        occurred_on TEXT NOT NULL CHECK (occurred_on GLOB ${ISO_DATE_GLOB}),
        recorded_by TEXT NOT NULL REFERENCES users (id),
        recorded_at TEXT NOT NULL,
        resolved_by_analysis_id TEXT REFERENCES risk_analyses (id)
      ) STRICT;
      CREATE INDEX risk_review_triggers_open ON risk_review_triggers (resolved_by_analysis_id, occurred_on);

      -- A mitigation step is an item of the one remediation plan, 164.308(a)(1)(ii)(B).
      ALTER TABLE action_items ADD COLUMN risk_pair_id TEXT REFERENCES risk_pairs (id)
        CHECK ((source_kind = 'risk') = (risk_pair_id IS NOT NULL));
      CREATE INDEX action_items_by_risk_pair ON action_items (risk_pair_id) WHERE risk_pair_id IS NOT NULL;

      ${lockTriggers("risk_assets", (row) => `${row}.analysis_id`)}
      ${lockTriggers("risk_asset_flows", (row) => `${row}.analysis_id`)}
      ${lockTriggers("risk_pairs", (row) => `${row}.analysis_id`)}
      ${lockTriggers("risk_pair_controls", (row) => `(SELECT analysis_id FROM risk_pairs WHERE id = ${row}.pair_id)`)}
    `);
  },
};
