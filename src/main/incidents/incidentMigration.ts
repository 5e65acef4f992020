import type { Database } from "better-sqlite3-multiple-ciphers";
import {
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  NOTICE_METHODS,
  NOTICE_RECIPIENTS,
  PHI_INVOLVEMENT,
  RESPONSE_PHASES,
} from "../../shared/model/incident";
import { BREACH_EXCEPTIONS, SAFE_HARBOR_ANSWERS } from "../../shared/rules/breachAssessment";
import type { MigrationStep } from "../vault/migrations";

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");
const DATE = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";
const TIME = "'[0-2][0-9]:[0-5][0-9]'";
const jsonArray = (column: string) => `CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;
const jsonObject = (column: string) => `CHECK (json_valid(${column}) AND json_type(${column}) = 'object')`;

/**
 * Security incidents, 45 CFR 164.308(a)(6): the log, the response steps, the systems involved (assets
 * of the risk analysis) and the review of the risk analysis an incident asks for; and, for incidents
 * touching protected health information, the breach assessment of 164.402 with its sign-off, the
 * letter to individuals of 164.404(c), and the log of notices sent (164.404 to 164.410, and 164.530(j)
 * for keeping them).
 */
export const incidentMigration: MigrationStep = {
  name: "security incidents, their response steps, breach assessments, letters to individuals and the notice log",
  up(db: Database) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
        title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        occurred_on TEXT CHECK (occurred_on IS NULL OR occurred_on GLOB ${DATE}),
        occurred_time TEXT CHECK (occurred_time IS NULL OR occurred_time GLOB ${TIME}),
        discovered_on TEXT NOT NULL CHECK (discovered_on GLOB ${DATE}),
        discovered_time TEXT CHECK (discovered_time IS NULL OR discovered_time GLOB ${TIME}),
        reported_by TEXT NOT NULL CHECK (length(trim(reported_by)) BETWEEN 1 AND 200),
        description TEXT NOT NULL CHECK (length(trim(description)) BETWEEN 1 AND 10000),
        category TEXT NOT NULL CHECK (category IN (${list(INCIDENT_CATEGORIES)})),
        other_systems TEXT NOT NULL DEFAULT '',
        locations TEXT NOT NULL DEFAULT '[]' ${jsonArray("locations")},
        phi TEXT NOT NULL CHECK (phi IN (${list(PHI_INVOLVEMENT)})),
        information_types TEXT NOT NULL DEFAULT '[]' ${jsonArray("information_types")},
        other_information TEXT NOT NULL DEFAULT '',
        individuals_affected INTEGER CHECK (individuals_affected IS NULL OR individuals_affected >= 0),
        -- State or jurisdiction code → residents affected, for the media notice (164.406).
        residents_by_state TEXT NOT NULL DEFAULT '{}' ${jsonObject("residents_by_state")},
        business_associate INTEGER NOT NULL DEFAULT 0 CHECK (business_associate IN (0, 1)),
        covered_entity_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN (${list(INCIDENT_STATUSES)})),
        closed_by TEXT REFERENCES users (id),
        closed_at TEXT,
        closing_note TEXT NOT NULL DEFAULT '',
        risk_review_trigger_id TEXT UNIQUE REFERENCES risk_review_triggers (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        CHECK (occurred_on IS NULL OR occurred_on <= discovered_on),
        CHECK ((status = 'closed') = (closed_by IS NOT NULL AND closed_at IS NOT NULL)),
        CHECK (business_associate = 0 OR length(trim(covered_entity_name)) > 0)
      ) STRICT;
      CREATE INDEX incidents_by_discovery ON incidents (discovered_on);

      -- The systems involved, chosen from the risk analysis's inventory.
      CREATE TABLE incident_assets (
        incident_id TEXT NOT NULL REFERENCES incidents (id),
        asset_id TEXT NOT NULL REFERENCES risk_assets (id),
        PRIMARY KEY (incident_id, asset_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX incident_assets_by_asset ON incident_assets (asset_id);

      CREATE TABLE incident_steps (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id),
        phase TEXT NOT NULL CHECK (phase IN (${list(RESPONSE_PHASES)})),
        action TEXT NOT NULL CHECK (length(trim(action)) BETWEEN 1 AND 2000),
        done_by TEXT NOT NULL CHECK (length(trim(done_by)) BETWEEN 1 AND 200),
        done_on TEXT NOT NULL CHECK (done_on GLOB ${DATE}),
        done_time TEXT CHECK (done_time IS NULL OR done_time GLOB ${TIME}),
        recorded_by TEXT NOT NULL REFERENCES users (id),
        recorded_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incident_steps_by_incident ON incident_steps (incident_id, done_on);

      -- One assessment per incident. The conclusion is stored as the rule gave it, so the notice
      -- deadlines and the annual log can be found by query.
      CREATE TABLE breach_assessments (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id),
        exception TEXT CHECK (exception IS NULL OR exception IN (${list(BREACH_EXCEPTIONS)})),
        exception_notes TEXT NOT NULL DEFAULT '',
        safe_harbor TEXT CHECK (safe_harbor IS NULL OR safe_harbor IN (${list(SAFE_HARBOR_ANSWERS)})),
        safe_harbor_notes TEXT NOT NULL DEFAULT '',
        factor_answers TEXT NOT NULL DEFAULT '{}' ${jsonObject("factor_answers")},
        factor_notes TEXT NOT NULL DEFAULT '{}' ${jsonObject("factor_notes")},
        summary TEXT NOT NULL DEFAULT '',
        conclusion TEXT CHECK (conclusion IS NULL OR conclusion IN ('breach', 'not-a-breach')),
        basis TEXT CHECK (basis IS NULL OR basis IN ('exception', 'secured', 'low-probability', 'factors')),
        signed_by TEXT REFERENCES users (id),
        signed_at TEXT,
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        CHECK ((conclusion IS NULL) = (basis IS NULL)),
        CHECK ((signed_by IS NULL) = (signed_at IS NULL)),
        CHECK (signed_by IS NULL OR conclusion IS NOT NULL)
      ) STRICT;
      CREATE INDEX breach_assessments_by_conclusion ON breach_assessments (conclusion);
      -- A signed assessment is the practice's documented decision: it changes only after an
      -- Administrator withdraws the sign-off (which clears signed_by in the same update).
      CREATE TRIGGER breach_assessments_signed BEFORE UPDATE ON breach_assessments
        WHEN OLD.signed_by IS NOT NULL AND NEW.signed_by IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'This breach assessment is signed off and can no longer change.'); END;

      CREATE TABLE breach_letters (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id),
        salutation TEXT NOT NULL CHECK (length(trim(salutation)) > 0),
        what_happened TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
        information_involved TEXT NOT NULL CHECK (length(trim(information_involved)) > 0),
        what_you_can_do TEXT NOT NULL CHECK (length(trim(what_you_can_do)) > 0),
        what_we_are_doing TEXT NOT NULL CHECK (length(trim(what_we_are_doing)) > 0),
        contact_phone TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_website TEXT NOT NULL DEFAULT '',
        contact_address TEXT NOT NULL DEFAULT '',
        signer_name TEXT NOT NULL CHECK (length(trim(signer_name)) > 0),
        signer_title TEXT NOT NULL DEFAULT '',
        updated_by TEXT NOT NULL REFERENCES users (id),
        updated_at TEXT NOT NULL,
        -- 164.404(c)(1)(E): at least one way to reach the practice.
        CHECK (length(trim(contact_phone || contact_email || contact_website || contact_address)) > 0)
      ) STRICT;

      -- What was sent, when, how and to whom. A log: entries are never changed or removed.
      CREATE TABLE breach_notices (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id),
        recipient TEXT NOT NULL CHECK (recipient IN (${list(NOTICE_RECIPIENTS)})),
        sent_on TEXT NOT NULL CHECK (sent_on GLOB ${DATE}),
        method TEXT NOT NULL CHECK (method IN (${list(NOTICE_METHODS)})),
        sent_to TEXT NOT NULL CHECK (length(trim(sent_to)) BETWEEN 1 AND 300),
        recipients_count INTEGER CHECK (recipients_count IS NULL OR recipients_count >= 0),
        notes TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES users (id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX breach_notices_by_incident ON breach_notices (incident_id, recipient, sent_on);
      CREATE TRIGGER breach_notices_no_update BEFORE UPDATE ON breach_notices
        BEGIN SELECT RAISE(ABORT, 'The notice log keeps every entry as recorded.'); END;
      CREATE TRIGGER breach_notices_no_delete BEFORE DELETE ON breach_notices
        BEGIN SELECT RAISE(ABORT, 'The notice log keeps every entry as recorded.'); END;
    `);
  },
};
