import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PolicyDetail } from "../../shared/model/policy";
import { acknowledgmentStatement, personNameKey } from "../../shared/rules/policyAcknowledgment";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "../services/practiceService";
import { nowIso, practiceToday, requireVersion, userIdOf } from "./policyRecords";
import { policyDetail } from "./policyViews";

/**
 * Staff acknowledge the policy in effect on the shared computer, as they do their training: the
 * person types their own name, which must be the name of someone with an app account or, when the
 * workforce roster exists, someone on it; the record keeps the time and the exact wording.
 */

interface Person {
  kind: "user" | "workforce";
  id: string;
}

function tableColumns(db: Database, table: string): Set<string> {
  const exists = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as number;
  if (exists === 0) return new Set();
  return new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name));
}

/** The roster belongs to the workforce area; it is read only if it is there, so policies never depend on it. */
function rosterMatch(db: Database, key: string, today: string): Person | null {
  const columns = tableColumns(db, "workforce_members");
  if (!columns.has("id") || !columns.has("full_name")) return null;
  const current = columns.has("termination_date") ? " WHERE termination_date IS NULL OR termination_date >= ?" : "";
  const rows = db.prepare(`SELECT id, full_name FROM workforce_members${current}`).all(...(current ? [today] : [])) as { id: string; full_name: string }[];
  const match = rows.find((row) => personNameKey(row.full_name) === key);
  return match ? { kind: "workforce", id: match.id } : null;
}

function findPerson(db: Database, typedName: string, today: string): Person | null {
  const key = personNameKey(typedName);
  const users = db.prepare("SELECT id, full_name FROM users WHERE removed_at IS NULL").all() as { id: string; full_name: string }[];
  const user = users.find((row) => personNameKey(row.full_name) === key);
  return user ? { kind: "user", id: user.id } : rosterMatch(db, key, today);
}

const NO_MATCH =
  "That name doesn't match anyone with a Safeguard Desk account or on the workforce roster. The person acknowledging must type their own full name as it appears there.";

export function acknowledgePolicy(db: Database, actor: Actor, input: { versionId: string; typedName: string }): PolicyDetail {
  const policyId = db.transaction(() => {
    const version = requireVersion(db, input.versionId);
    if (version.status !== "in-effect") {
      throw new AppFailure(
        "CONFLICT",
        version.status === "superseded"
          ? `Version ${version.number} is no longer in effect. Acknowledge the version in effect now.`
          : `Version ${version.number} is not in effect yet. Staff acknowledge a policy once an Administrator has approved it.`,
      );
    }
    const today = practiceToday(db);
    const person = findPerson(db, input.typedName, today);
    if (!person) throw new AppFailure("VALIDATION", NO_MATCH, { typedName: NO_MATCH });
    const key = personNameKey(input.typedName);
    const earlier = db.prepare("SELECT acknowledged_at FROM policy_acknowledgments WHERE version_id = ? AND name_key = ?").pluck().get(version.id, key) as string | undefined;
    if (earlier) {
      const message = `${input.typedName.trim()} has already acknowledged version ${version.number} of this policy.`;
      throw new AppFailure("CONFLICT", message, { typedName: message });
    }
    const typedName = input.typedName.trim().replace(/\s+/g, " ");
    const statement = acknowledgmentStatement(typedName, {
      practiceName: readPractice(db).name,
      policyTitle: version.title,
      versionNumber: version.number,
      effectiveFrom: version.effective_from ?? today,
    });
    const id = randomUUID();
    db.prepare(
      `INSERT INTO policy_acknowledgments (id, version_id, person_kind, person_id, typed_name, name_key, statement, acknowledged_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, version.id, person.kind, person.id, typedName, key, statement, nowIso(), userIdOf(actor));
    appendAudit(db, actor, {
      action: "policies.acknowledged",
      recordType: "policy-acknowledgment",
      recordId: id,
      summary: `${typedName} acknowledged version ${version.number} of the policy "${version.title}"`,
      changes: { policyId: version.policy_id, versionId: version.id, personKind: person.kind, personId: person.id, statement },
    });
    return version.policy_id;
  })();
  return policyDetail(db, policyId);
}
