import type { Database } from "better-sqlite3-multiple-ciphers";
import type { TableCount } from "../../shared/model/backup";

/**
 * The vault's tables read from sqlite_master, so that backups' summaries and the archive include
 * every table, also those added by later schema versions, without a list to keep up to date.
 * Virtual tables (full-text indexes) are left out: their data lives in ordinary "shadow" tables,
 * which are included. SQLite's own tables are left out, except sqlite_sequence, which holds the
 * AUTOINCREMENT counters and so is part of the content.
 */
export function userTables(db: Database): string[] {
  return db
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
}

export function hasSequenceTable(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'").get() !== undefined;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function tableColumns(db: Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((name) => name.length > 0);
}

/** Plain-English names for the tables a practice recognizes; any other table is named after itself. */
const LABELS: Record<string, string> = {
  users: "user accounts",
  audit_log: "audit log entries, recent",
  audit_sealed: "audit log, older entries in compressed blocks of 4,096",
  practice: "practice profile",
  settings: "settings",
  meta: "vault details",
  assessments: "safeguard assessments",
  assessment_answers: "assessment answers",
  assessment_requirement_states: "assessment decisions",
  assessment_section_reviews: "assessment section reviews",
  evidence: "evidence files",
  action_items: "remediation plan items",
  report_register: "reports issued",
  signing_certificates: "signing certificates",
  risk_analyses: "risk analyses",
  risk_assets: "risk analysis assets",
  risk_asset_flows: "risk analysis data flows",
  risk_pairs: "risks",
  risk_pair_controls: "risk controls and mitigation steps",
  risk_review_triggers: "risk review triggers",
  backups: "backups made",
};

export function tableLabel(table: string): string {
  return LABELS[table] ?? table.replace(/_/g, " ");
}

export function countTables(db: Database): TableCount[] {
  return userTables(db).map((table) => ({
    table,
    label: tableLabel(table),
    rows: db.prepare(`SELECT count(*) FROM ${quoteIdentifier(table)}`).pluck().get() as number,
  }));
}

export function totalRecords(counts: readonly TableCount[]): number {
  return counts.reduce((sum, count) => sum + count.rows, 0);
}
