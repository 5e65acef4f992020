import type { Database } from "better-sqlite3-multiple-ciphers";
import { addCalendarDays } from "../../shared/rules/calendarDates";
import { dayInZone } from "../../shared/time/zonedTime";
import { readPractice } from "../services/practiceService";
import { closeVault, findUserSlot, inspectVaultFolder, openVault, type VaultOptions } from "../vault/vault";
import { buildSamplePractice, SAMPLE_PROFILE } from "./buildSamplePractice";
import { AuditHistory } from "./tenYearAudit";
import { later, type GrowthContext, type HistoryAccount } from "./tenYearContext";
import { TenYearAttachments } from "./tenYearFiles";
import { growAssessments } from "./tenYearAssessments";
import { growIncidents } from "./tenYearIncidents";
import type { TenYearPlan } from "./tenYearPlan";
import { growPolicies } from "./tenYearPolicies";
import { SeededRandom } from "./tenYearRandom";
import { growRiskAnalyses } from "./tenYearRisk";
import { growReportRegister, growTaskHistory } from "./tenYearTasks";
import { growTraining } from "./tenYearTraining";
import { growVendors } from "./tenYearVendors";
import { growWorkforce } from "./tenYearWorkforce";

export interface GrowthOptions {
  /** The sample's Administrator, who opens the vault and is recorded as keeping the records. */
  username: string;
  password: string;
  plan: TenYearPlan;
  vault?: VaultOptions;
  /** A line for each part as it is done ("the workforce", "the audit log"), for a command line to show. */
  onProgress?: (part: string) => void;
}

/** What the grown vault holds, counted from its tables. */
export interface TenYearCounts {
  years: number;
  people: number;
  formerPeople: number;
  accounts: number;
  vendors: number;
  assessments: number;
  riskAnalyses: number;
  latestRisks: number;
  trainingRecords: number;
  incidents: number;
  policyVersions: number;
  attachments: number;
  attachmentBytes: number;
  auditEntries: number;
}

/**
 * Makes the ten-year practice (issue 9) in an empty folder: the sample practice, made through the
 * channels as the app makes it, then grown by `growPracticeHistory`.
 */
export async function buildTenYearPractice(folder: string, options: GrowthOptions & { fullName?: string }): Promise<TenYearCounts> {
  const year = Number(dayInZone(new Date(), SAMPLE_PROFILE.timeZone).slice(0, 4));
  options.onProgress?.("the sample practice (through the app's channels)");
  await buildSamplePractice(folder, { username: options.username, password: options.password, fullName: options.fullName, year, vault: options.vault });
  return growPracticeHistory(folder, options);
}

/**
 * Grows a sample-practice vault (last year and this year) into `plan.years` years of history, from
 * `plan.seed`. Going through the channels for a million audit entries would take hours, so the
 * records are written straight into the tables with prepared statements, many to a transaction,
 * exactly as the services write them (every CHECK, trigger and foreign key of the migrations holds),
 * with the dates they would have had, and the audit log is extended with the app's own hash chain.
 * The sample's records are the newest; the history is what came before them.
 */
export async function growPracticeHistory(folder: string, options: GrowthOptions): Promise<TenYearCounts> {
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error(`There is no vault in ${folder} to grow.`);
  const vault = await openVault(folder, findUserSlot(state.slots, options.username), options.password, options.vault);
  try {
    const context = growthContext(vault.db, options);
    const step = (part: string, grow: () => void) => {
      options.onProgress?.(part);
      grow();
    };
    let people: ReturnType<typeof growWorkforce> = [];
    step("the workforce", () => (people = growWorkforce(context)));
    step("the training records", () => growTraining(context, people));
    step("the vendors", () => growVendors(context));
    step("the yearly assessments", () => growAssessments(context));
    step("the yearly risk analyses", () => growRiskAnalyses(context));
    step("the incidents", () => growIncidents(context));
    step("the policies", () => growPolicies(context, people));
    step("the task history and the report register", () => {
      growTaskHistory(context);
      growReportRegister(context);
    });
    step("the audit log", () => {
      context.audit.write(context.db, context.random.fork("audit"), options.plan.auditEntries, context.accounts, `${context.firstYear}-01-01`, addCalendarDays(context.today, -1));
    });
    return countRecords(vault.db, options.plan.years);
  } finally {
    closeVault(vault);
  }
}

function growthContext(db: Database, options: GrowthOptions): GrowthContext {
  const { plan } = options;
  const today = dayInZone(new Date(), readPractice(db).timeZone);
  // The sample's "this year" (its newest risk analysis), which may be an earlier year than today's.
  const thisYear = (db.prepare("SELECT max(year) FROM risk_analyses").pluck().get() as number | null) ?? Number(today.slice(0, 4));
  const firstYear = thisYear - plan.years + 1;
  const windowStart = `${firstYear}-01-01`;
  const yesterday = addCalendarDays(today, -1);
  const admin = db.prepare("SELECT id, username, full_name AS fullName FROM users WHERE username = ? COLLATE NOCASE").get(options.username) as {
    id: string;
    username: string;
    fullName: string;
  };
  // Who signed in over the years: the sample's accounts, for the time each person worked here.
  const accounts = (
    db
      .prepare(
        `SELECT u.id, u.username, u.full_name AS fullName, m.hire_date AS hired, coalesce(m.termination_date, substr(u.removed_at, 1, 10)) AS left
         FROM users u LEFT JOIN workforce_members m ON m.user_id = u.id`,
      )
      .all() as { id: string; username: string; fullName: string; hired: string | null; left: string | null }[]
  ).map(
    (row): HistoryAccount => ({
      id: row.id,
      username: row.username,
      fullName: row.fullName,
      from: later(row.hired ?? windowStart, windowStart),
      to: row.left && row.left < yesterday ? row.left : yesterday,
    }),
  );
  return {
    db,
    plan,
    random: new SeededRandom(plan.seed),
    today,
    thisYear,
    firstYear,
    lastHistoryYear: thisYear - 2,
    admin: { id: admin.id, name: admin.username, fullName: admin.fullName },
    accounts,
    audit: new AuditHistory(),
    files: new TenYearAttachments(plan.seed, plan.attachmentBytes),
  };
}

export function countRecords(db: Database, years: number): TenYearCounts {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const attachmentTables = ["evidence", "vendor_files", "training_certificates"];
  const attachmentBytes =
    attachmentTables.reduce((sum, table) => sum + count(`SELECT coalesce(sum(size), 0) FROM ${table}`), 0) + count("SELECT coalesce(sum(evidence_size), 0) FROM task_completions");
  const attachments = attachmentTables.reduce((sum, table) => sum + count(`SELECT count(*) FROM ${table}`), 0) + count("SELECT count(*) FROM task_completions WHERE evidence_size IS NOT NULL");
  return {
    years,
    people: count("SELECT count(*) FROM workforce_members"),
    formerPeople: count("SELECT count(*) FROM workforce_members WHERE termination_date IS NOT NULL"),
    accounts: count("SELECT count(*) FROM users"),
    vendors: count("SELECT count(*) FROM vendors"),
    assessments: count("SELECT count(*) FROM assessments"),
    riskAnalyses: count("SELECT count(*) FROM risk_analyses"),
    latestRisks: count("SELECT count(*) FROM risk_pairs WHERE analysis_id = (SELECT id FROM risk_analyses ORDER BY year DESC LIMIT 1)"),
    trainingRecords: count("SELECT count(*) FROM training_completions"),
    incidents: count("SELECT count(*) FROM incidents"),
    policyVersions: count("SELECT count(*) FROM policy_versions"),
    attachments,
    attachmentBytes,
    auditEntries: count("SELECT (SELECT count(*) FROM audit_log) + (SELECT coalesce(sum(entry_count), 0) FROM audit_sealed)"),
  };
}
