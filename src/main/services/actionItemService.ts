import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { findQuestion, findRequirement } from "../../shared/catalog";
import type { ActionItem, ActionItemOwner, ActionItemOwnerInput, ActionItemPriority, ActionItemSource, ActionItemStatus } from "../../shared/model/actionItem";
import { rankGaps } from "../../shared/rules/assessmentScoring";
import { requirementName } from "../../shared/rules/assessmentSnapshot";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { citation, readSnapshot, requireAssessment, requireKnownQuestion, userIdOf } from "./assessmentRecords";
import { readPractice } from "./practiceService";
import { changedFields } from "./recordChanges";

/**
 * The remediation plan (45 CFR 164.308(a)(1)(ii)(B)). It outlives any one assessment: items stay
 * open across years and stay editable after their assessment is finalized, because the work of
 * closing a gap starts when the assessment ends. Gaps become items here; the risk analysis adds its
 * mitigation steps itself (source_kind 'risk'), and this service lists and updates every item alike.
 */

interface ActionItemRow {
  id: string;
  source_kind: "assessment-gap" | "risk";
  assessment_id: string | null;
  question_id: string | null;
  title: string;
  priority: ActionItemPriority;
  owner_user_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: ActionItemStatus;
  notes: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  completed_at: string | null;
  /** Added by the risk analysis's migration; absent before it runs. */
  risk_pair_id?: string | null;
}

interface Context {
  users: Map<string, { name: string; active: boolean }>;
  years: Map<string, number>;
  /** Today in the practice's time zone, for "overdue". */
  today: string;
}

function contextOf(db: Database): Context {
  const users = db.prepare("SELECT id, full_name, removed_at FROM users").all() as { id: string; full_name: string; removed_at: string | null }[];
  const years = db.prepare("SELECT id, year FROM assessments").all() as { id: string; year: number }[];
  return {
    users: new Map(users.map((user) => [user.id, { name: user.full_name, active: user.removed_at === null }])),
    years: new Map(years.map((row) => [row.id, row.year])),
    today: calendarDateInZone(new Date(), readPractice(db).timeZone),
  };
}

function person(context: Context, id: string) {
  return { id, name: context.users.get(id)?.name ?? "Unknown user" };
}

function ownerOf(row: ActionItemRow, context: Context): ActionItemOwner | null {
  if (row.owner_user_id) {
    const user = context.users.get(row.owner_user_id);
    return { kind: "user", userId: row.owner_user_id, name: user?.name ?? "Unknown user", active: user?.active ?? false };
  }
  return row.owner_name ? { kind: "name", name: row.owner_name } : null;
}

function sourceOf(row: ActionItemRow, context: Context): ActionItemSource {
  if (row.source_kind === "risk") return { kind: "risk", riskPairId: row.risk_pair_id ?? null };
  const questionId = row.question_id ?? "";
  const question = findQuestion(questionId);
  const requirement = question ? findRequirement(question.cfr) : undefined;
  return {
    kind: "assessment-gap",
    assessmentId: row.assessment_id ?? "",
    assessmentYear: context.years.get(row.assessment_id ?? "") ?? 0,
    questionId,
    requirementId: requirement?.id ?? "",
    cfr: requirement?.cfr ?? "",
    name: requirement ? requirementName(requirement) : "",
  };
}

function toActionItem(row: ActionItemRow, context: Context): ActionItem {
  return {
    id: row.id,
    source: sourceOf(row, context),
    title: row.title,
    priority: row.priority,
    owner: ownerOf(row, context),
    dueDate: row.due_date,
    status: row.status,
    notes: row.notes,
    overdue: row.status !== "done" && row.due_date !== null && row.due_date < context.today,
    createdBy: person(context, row.created_by),
    createdAt: row.created_at,
    updatedBy: person(context, row.updated_by),
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
  };
}

function requireRow(db: Database, id: string): ActionItemRow {
  const row = db.prepare("SELECT * FROM action_items WHERE id = ?").get(id) as ActionItemRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That action item does not exist. Refresh the list.");
  return row;
}

function readItem(db: Database, id: string): ActionItem {
  return toActionItem(requireRow(db, id), contextOf(db));
}

/** The owner as stored: a current user's id, or a free-text name. */
function storedOwner(db: Database, owner: ActionItemOwnerInput): { owner_user_id: string | null; owner_name: string | null } {
  if (owner === null) return { owner_user_id: null, owner_name: null };
  if (owner.kind === "name") return { owner_user_id: null, owner_name: owner.name };
  const active = db.prepare("SELECT 1 FROM users WHERE id = ? AND removed_at IS NULL").get(owner.userId);
  if (!active) {
    const message = "That person no longer has an account. Choose someone else, or type a name.";
    throw new AppFailure("VALIDATION", message, { owner: message });
  }
  return { owner_user_id: owner.userId, owner_name: null };
}

const ownerForAudit = (row: Pick<ActionItemRow, "owner_user_id" | "owner_name">) => row.owner_user_id ?? row.owner_name;

/** For the results screen: each gap's action item in this assessment, or an open one from an earlier year. */
export function actionItemsForGaps(db: Database, assessmentId: string, questionIds: string[]): Map<string, { id: string; status: ActionItemStatus; assessmentYear: number | null }> {
  const wanted = new Set(questionIds);
  const rows = db
    .prepare(
      `SELECT a.id, a.question_id, a.status, a.assessment_id, s.year FROM action_items a JOIN assessments s ON s.id = a.assessment_id
       WHERE a.source_kind = 'assessment-gap' AND (a.assessment_id = ? OR a.status <> 'done')
       ORDER BY a.assessment_id = ? DESC, s.year DESC`,
    )
    .all(assessmentId, assessmentId) as { id: string; question_id: string; status: ActionItemStatus; year: number }[];
  const found = new Map<string, { id: string; status: ActionItemStatus; assessmentYear: number | null }>();
  for (const row of rows) {
    if (wanted.has(row.question_id) && !found.has(row.question_id)) found.set(row.question_id, { id: row.id, status: row.status, assessmentYear: row.year });
  }
  return found;
}

export interface CreateFromGapInput {
  assessmentId: string;
  questionId: string;
  title?: string | undefined;
  priority?: ActionItemPriority | undefined;
  owner: ActionItemOwnerInput;
  dueDate: string | null;
  notes: string;
}

const MAX_TITLE = 300;

/** Turns one gap of an assessment into an action item; the priority follows the gap's severity unless given. */
export function createActionItemFromGap(db: Database, actor: Actor, input: CreateFromGapInput): ActionItem {
  const id = randomUUID();
  db.transaction(() => {
    const assessment = requireAssessment(db, input.assessmentId);
    const { question, requirement } = requireKnownQuestion(input.questionId);
    const gap = rankGaps(readSnapshot(db, assessment)).find((candidate) => candidate.questionId === question.id);
    if (!gap) {
      throw new AppFailure("CONFLICT", `That question is not a gap in the ${assessment.year} assessment: it is fully met, not answered yet, or does not apply.`);
    }
    const existing = db.prepare("SELECT 1 FROM action_items WHERE source_kind = 'assessment-gap' AND assessment_id = ? AND question_id = ?").get(assessment.id, question.id);
    if (existing) throw new AppFailure("CONFLICT", "This gap already has an action item. Open it from the remediation plan.");
    const defaultTitle = `${citation(requirement)}: ${question.text}`;
    const title = input.title ?? (defaultTitle.length > MAX_TITLE ? `${defaultTitle.slice(0, MAX_TITLE - 1)}…` : defaultTitle);
    const now = new Date().toISOString();
    const by = userIdOf(actor);
    const row = {
      id,
      source_kind: "assessment-gap",
      assessment_id: assessment.id,
      question_id: question.id,
      title,
      priority: input.priority ?? gap.severity,
      ...storedOwner(db, input.owner),
      due_date: input.dueDate,
      notes: input.notes,
      by,
      now,
    };
    db.prepare(
      `INSERT INTO action_items (id, source_kind, assessment_id, question_id, title, priority, owner_user_id, owner_name, due_date, status, notes,
         created_by, created_at, updated_by, updated_at)
       VALUES (@id, @source_kind, @assessment_id, @question_id, @title, @priority, @owner_user_id, @owner_name, @due_date, 'open', @notes, @by, @now, @by, @now)`,
    ).run(row);
    appendAudit(db, actor, {
      action: "action-item.created",
      recordType: "action-item",
      recordId: id,
      summary: `Added an action item for the gap in ${citation(requirement)} found in the ${assessment.year} assessment`,
      changes: { assessmentId: assessment.id, questionId: question.id, title, priority: row.priority, owner: ownerForAudit(row), dueDate: row.due_date, notes: row.notes },
    });
  })();
  return readItem(db, id);
}

export interface UpdateActionItemInput {
  id: string;
  title?: string | undefined;
  priority?: ActionItemPriority | undefined;
  owner?: ActionItemOwnerInput | undefined;
  dueDate?: string | null | undefined;
  status?: ActionItemStatus | undefined;
  notes?: string | undefined;
}

export function updateActionItem(db: Database, actor: Actor, input: UpdateActionItemInput): ActionItem {
  db.transaction(() => {
    const before = requireRow(db, input.id);
    const owner = input.owner === undefined ? { owner_user_id: before.owner_user_id, owner_name: before.owner_name } : storedOwner(db, input.owner);
    const after = {
      title: input.title ?? before.title,
      priority: input.priority ?? before.priority,
      owner: ownerForAudit(owner),
      dueDate: input.dueDate === undefined ? before.due_date : input.dueDate,
      status: input.status ?? before.status,
      notes: input.notes ?? before.notes,
    };
    const changes = changedFields(
      { title: before.title, priority: before.priority, owner: ownerForAudit(before), dueDate: before.due_date, status: before.status, notes: before.notes },
      after,
    );
    if (Object.keys(changes).length === 0) return;
    const now = new Date().toISOString();
    const completedAt = after.status !== "done" ? null : before.status === "done" ? before.completed_at : now;
    db.prepare(
      `UPDATE action_items SET title = @title, priority = @priority, owner_user_id = @owner_user_id, owner_name = @owner_name, due_date = @dueDate,
         status = @status, notes = @notes, completed_at = @completedAt, updated_by = @by, updated_at = @now WHERE id = @id`,
    ).run({ ...after, ...owner, completedAt, by: userIdOf(actor), now, id: before.id });
    appendAudit(db, actor, {
      action: "action-item.updated",
      recordType: "action-item",
      recordId: before.id,
      summary: "status" in changes ? `Marked the action item "${after.title}" ${after.status}` : `Changed the action item "${after.title}"`,
      changes,
    });
  })();
  return readItem(db, input.id);
}

export interface ActionItemFilter {
  status: "open" | "done" | "all";
  assessmentId?: string | undefined;
  assignedToMe: boolean;
}

/** Not-done items first, then by due date (undated last), priority, and age: the order a task list reads. */
export function listActionItems(db: Database, actor: Actor, filter: ActionItemFilter): ActionItem[] {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.status === "open") conditions.push("status <> 'done'");
  if (filter.status === "done") conditions.push("status = 'done'");
  if (filter.assessmentId) {
    conditions.push("assessment_id = @assessmentId");
    params.assessmentId = filter.assessmentId;
  }
  if (filter.assignedToMe) {
    conditions.push("owner_user_id = @me");
    params.me = userIdOf(actor);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
  const rows = db
    .prepare(
      `SELECT * FROM action_items ${where}
       ORDER BY status = 'done', due_date IS NULL, due_date, CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, created_at, id`,
    )
    .all(params) as ActionItemRow[];
  const context = contextOf(db);
  return rows.map((row) => toActionItem(row, context));
}
