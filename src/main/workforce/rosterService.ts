import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import {
  REMOVAL_STEP_LABELS,
  REMOVAL_STEPS,
  type MemberDetail,
  type MemberInput,
  type RemovalStep,
  type RemovalStepView,
  type RosterEntry,
  type TrainingStanding,
  type WorkforceMember,
} from "../../shared/model/workforce";
import { COMPLETIONS_PAGE_SIZE } from "../../shared/model/training";
import type { TrainingDueLists } from "../../shared/rules/trainingDue";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { peopleLookup, userIdOf } from "../services/assessmentRecords";
import { changedFields } from "../services/recordChanges";
import { findUser, markUserRemoved } from "../services/userService";
import { pageCompletions } from "./completionService";
import { listTrainingDue, memberTrainingDue } from "./trainingDueService";
import {
  checkAccountLink,
  currentMemberNamed,
  duplicateNameMessage,
  memberLookups,
  memberView,
  nowIso,
  practiceToday,
  requireMember,
  toMember,
  type MemberRow,
} from "./workforceRecords";

/**
 * The roster, 45 CFR 164.308(a)(3): everyone who works at the practice, whether or not they sign in
 * to this app, and the access-removal checklist for people who leave (164.308(a)(3)(ii)(C)).
 */

interface StepRow {
  member_id: string;
  step: RemovalStep;
  position: number;
  done_by: string | null;
  done_at: string | null;
  note: string;
}

/** `due` is the training due on `now`'s day, for a caller that has already worked it out (the dashboard). */
export function listRoster(db: Database, now: Date = new Date(), due?: TrainingDueLists): RosterEntry[] {
  const today = practiceToday(db, now);
  const rows = db.prepare("SELECT * FROM workforce_members ORDER BY termination_date IS NOT NULL, full_name COLLATE NOCASE, hire_date").all() as MemberRow[];
  const lists = due ?? listTrainingDue(db, today);
  const overdue = countBy(lists.overdue.map((item) => item.memberId));
  const upcoming = countBy(lists.upcoming.map((item) => item.memberId));
  const openSteps = new Map(
    (db.prepare("SELECT member_id, count(*) AS open FROM workforce_removal_steps WHERE done_at IS NULL GROUP BY member_id").all() as { member_id: string; open: number }[]).map(
      (row) => [row.member_id, row.open],
    ),
  );
  const lookups = memberLookups(db);
  return rows.map((row) => {
    const left = row.termination_date !== null && row.termination_date <= today;
    const training: TrainingStanding = left ? "not-required" : overdue.has(row.id) ? "overdue" : upcoming.has(row.id) ? "due-soon" : "current";
    return {
      ...toMember(row, lookups),
      training,
      overdueCount: overdue.get(row.id) ?? 0,
      openRemovalSteps: row.termination_date === null ? null : (openSteps.get(row.id) ?? 0),
    };
  });
}

function countBy(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function removalSteps(db: Database, memberId: string): RemovalStepView[] {
  const people = peopleLookup(db);
  const rows = db.prepare("SELECT * FROM workforce_removal_steps WHERE member_id = ? ORDER BY position").all(memberId) as StepRow[];
  return rows.map((row) => ({
    step: row.step,
    ...REMOVAL_STEP_LABELS[row.step],
    doneBy: row.done_by ? people(row.done_by) : null,
    doneAt: row.done_at,
    note: row.note,
  }));
}

export function memberDetail(db: Database, memberId: string, now: Date = new Date()): MemberDetail {
  const member = memberView(db, memberId);
  const { overdue, upcoming } = memberTrainingDue(db, memberId, practiceToday(db, now));
  const { completions, total } = pageCompletions(db, { memberId, offset: 0, limit: COMPLETIONS_PAGE_SIZE });
  return { member, removalSteps: removalSteps(db, memberId), completions, completionCount: total, due: { overdue, upcoming } };
}

/** Checks shared by adding one person and importing many; the account link is checked separately. */
function assertNewName(db: Database, fullName: string, exceptId: string | null): void {
  if (currentMemberNamed(db, fullName, exceptId)) {
    const message = duplicateNameMessage(fullName);
    throw new AppFailure("CONFLICT", message, { fullName: message });
  }
}

/** Inserts one person; the caller runs it inside a transaction and has checked the input. */
export function insertMember(db: Database, actor: Actor, member: MemberInput, source: "form" | "csv"): string {
  const id = randomUUID();
  const actorId = userIdOf(actor);
  const now = nowIso();
  db.prepare(
    `INSERT INTO workforce_members (id, full_name, job_title, hire_date, user_id, created_by, created_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, member.fullName, member.jobTitle, member.hireDate, member.userId, actorId, now, actorId, now);
  appendAudit(db, actor, {
    action: "workforce.member-added",
    recordType: "workforce-member",
    recordId: id,
    summary: `Added ${member.fullName} to the workforce roster${source === "csv" ? " from a CSV file" : ""}`,
    changes: { ...member, source },
  });
  return id;
}

export function addMember(db: Database, actor: Actor, member: MemberInput): WorkforceMember {
  const id = db.transaction(() => {
    assertNewName(db, member.fullName, null);
    if (member.userId) checkAccountLink(db, member.userId, null);
    return insertMember(db, actor, member, "form");
  })();
  return memberView(db, id);
}

export function updateMember(db: Database, actor: Actor, input: { memberId: string; member: MemberInput }): WorkforceMember {
  db.transaction(() => {
    const row = requireMember(db, input.memberId);
    const { member } = input;
    if (row.termination_date === null) assertNewName(db, member.fullName, row.id);
    if (member.userId && member.userId !== row.user_id) checkAccountLink(db, member.userId, row.id);
    if (row.termination_date !== null && member.hireDate > row.termination_date) {
      const message = `The hire date cannot be after the last day of work (${row.termination_date}).`;
      throw new AppFailure("VALIDATION", message, { hireDate: message });
    }
    const before: MemberInput = { fullName: row.full_name, jobTitle: row.job_title, hireDate: row.hire_date, userId: row.user_id };
    const changes = changedFields(before, member);
    if (Object.keys(changes).length === 0) return;
    db.prepare("UPDATE workforce_members SET full_name = ?, job_title = ?, hire_date = ?, user_id = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(
      member.fullName,
      member.jobTitle,
      member.hireDate,
      member.userId,
      userIdOf(actor),
      nowIso(),
      row.id,
    );
    appendAudit(db, actor, { action: "workforce.member-updated", recordType: "workforce-member", recordId: row.id, summary: `Changed ${member.fullName}'s roster entry`, changes });
  })();
  return memberView(db, input.memberId);
}

/** Records the last day of work and opens the access-removal checklist in the same step. */
export function terminateMember(db: Database, actor: Actor, input: { memberId: string; terminationDate: string; note: string }): MemberDetail {
  db.transaction(() => {
    const row = requireMember(db, input.memberId);
    if (row.termination_date !== null) throw new AppFailure("CONFLICT", `${row.full_name} already left on ${row.termination_date}. Their checklist is below.`);
    if (input.terminationDate < row.hire_date) {
      const message = `The last day of work cannot be before the hire date (${row.hire_date}).`;
      throw new AppFailure("VALIDATION", message, { terminationDate: message });
    }
    openChecklist(db, actor, row, input.terminationDate, input.note);
  })();
  return memberDetail(db, input.memberId);
}

/** Sets the termination and adds the checklist's steps; the app-account step only for someone with an account. */
export function openChecklist(db: Database, actor: Actor, row: MemberRow, terminationDate: string, note: string): void {
  const now = nowIso();
  db.prepare("UPDATE workforce_members SET termination_date = ?, termination_note = ?, terminated_by = ?, terminated_at = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(
    terminationDate,
    note,
    userIdOf(actor),
    now,
    userIdOf(actor),
    now,
    row.id,
  );
  const steps = REMOVAL_STEPS.filter((step) => step !== "app-account" || row.user_id !== null);
  const insert = db.prepare("INSERT INTO workforce_removal_steps (member_id, step, position) VALUES (?, ?, ?)");
  steps.forEach((step, position) => insert.run(row.id, step, position));
  appendAudit(db, actor, {
    action: "workforce.member-terminated",
    recordType: "workforce-member",
    recordId: row.id,
    summary: `Recorded ${row.full_name}'s last day of work (${terminationDate}) and opened the access-removal checklist`,
    changes: { terminationDate, note, steps },
  });
}

export interface RemovalStepOptions {
  /** Whether the signed-in user may remove an app account (an Administrator). */
  mayRemoveAccounts: boolean;
  /** Removes the account's key slot, so the password no longer opens the vault. Runs inside the transaction. */
  removeKeySlot: (userId: string) => void;
}

/**
 * Marks one step done, with who did it and when. The app-account step removes the person's account
 * itself when it is still active, which only an Administrator may do.
 */
export function completeRemovalStep(db: Database, actor: Actor, input: { memberId: string; step: RemovalStep; note: string }, options: RemovalStepOptions): MemberDetail {
  db.transaction(() => {
    const row = requireMember(db, input.memberId);
    const step = db.prepare("SELECT * FROM workforce_removal_steps WHERE member_id = ? AND step = ?").get(row.id, input.step) as StepRow | undefined;
    const label = REMOVAL_STEP_LABELS[input.step].label;
    if (!step) {
      throw new AppFailure(
        row.termination_date === null ? "CONFLICT" : "NOT_FOUND",
        row.termination_date === null ? `${row.full_name} has not left; record their last day of work first.` : `"${label}" is not on ${row.full_name}'s checklist.`,
      );
    }
    if (step.done_at !== null) {
      const by = peopleLookup(db)(step.done_by ?? "").name;
      throw new AppFailure("CONFLICT", `"${label}" was already done by ${by}.`);
    }
    let accountRemoved = false;
    if (input.step === "app-account" && row.user_id !== null && findUser(db, row.user_id)?.active) {
      if (!options.mayRemoveAccounts) throw new AppFailure("FORBIDDEN", "Only an Administrator can remove an app account. Ask an Administrator to do this step.");
      markUserRemoved(db, actor, row.user_id);
      options.removeKeySlot(row.user_id);
      accountRemoved = true;
    }
    db.prepare("UPDATE workforce_removal_steps SET done_by = ?, done_at = ?, note = ? WHERE member_id = ? AND step = ?").run(userIdOf(actor), nowIso(), input.note, row.id, input.step);
    appendAudit(db, actor, {
      action: "workforce.removal-step-done",
      recordType: "workforce-member",
      recordId: row.id,
      summary: `${label}: done for ${row.full_name}`,
      changes: { step: input.step, note: input.note, accountRemoved },
    });
  })();
  return memberDetail(db, input.memberId);
}
