import { createHash } from "node:crypto";
import { REPORT_TITLES, type ReportKind } from "../../shared/model/reports";
import { addCalendarDays } from "../../shared/rules/calendarDates";
import { nextDueDate, upcomingDueDates, type Recurrence } from "../../shared/rules/recurrence";
import { dayBetween, earlier, officeInstant, type GrowthContext } from "./tenYearContext";
import type { MadeFile } from "./tenYearFiles";

interface TaskRow {
  id: string;
  title: string;
  recurrence: Recurrence;
  schedule_day: number;
  due_date: string;
}

const NOTES = [
  "Done; nothing unusual found.",
  "Done with the IT provider; notes in the binder.",
  "Two small findings, fixed the same week.",
  "Checked and signed off at the staff meeting.",
];

/**
 * The standing tasks' history (45 CFR 164.308(a)(1)(ii)(D), 164.308(a)(8) and the rest): each
 * repeating task done at every due date from the start of the history until the sample's own
 * records begin, a few days either side of the date, with the evidence file attached now and then.
 * Completions are records for an auditor and are never changed, so they are only ever inserted.
 */
export function growTaskHistory(context: GrowthContext): void {
  const { db, admin } = context;
  const random = context.random.fork("tasks");
  const tasks = db.prepare("SELECT id, title, recurrence, schedule_day, due_date FROM tasks WHERE recurrence <> 'none' ORDER BY kind").all() as TaskRow[];
  const until = `${context.lastHistoryYear}-12-31`;
  const insert = db.prepare(
    `INSERT INTO task_completions (id, task_id, due_date, completed_on, completed_by, recorded_at, notes, next_due_date,
       evidence_file_name, evidence_mime_type, evidence_size, evidence_sha256, evidence_content)
     VALUES (@id, @taskId, @dueDate, @completedOn, @by, @recordedAt, @notes, @nextDue, @fileName, @mimeType, @size, @sha256, @content)`,
  );
  const done: { taskId: string; title: string; dueDate: string; completedOn: string; at: string; nextDue: string }[] = [];
  for (const task of tasks) {
    // The series as it ran back then: the same day of the month, starting in the history's first year.
    const start = `${context.firstYear}-${task.due_date.slice(5, 7)}-${String(Math.min(task.schedule_day, 28)).padStart(2, "0")}`;
    const dates = upcomingDueDates(start, task.recurrence, 500, task.schedule_day).filter((date) => date <= until);
    for (const dueDate of dates) {
      const completedOn = earlier(addCalendarDays(dueDate, random.int(-6, 4)), until);
      const nextDue = nextDueDate({ dueDate, recurrence: task.recurrence, completedOn, scheduleDay: task.schedule_day });
      if (!nextDue) continue;
      done.push({ taskId: task.id, title: task.title, dueDate, completedOn, at: officeInstant(random, completedOn), nextDue });
    }
  }
  const sizes = context.files.sizesFor("taskEvidence", random);
  const withEvidence = new Map(random.sample(done, sizes.length).map((completion, index) => [completion, sizes[index]!]));
  // One transaction per completion with a file, so memory holds one file at a time.
  let batch: (() => void)[] = [];
  const flush = () => {
    const work = batch;
    batch = [];
    db.transaction(() => work.forEach((run) => run()))();
  };
  for (const completion of done) {
    const size = withEvidence.get(completion);
    const file: MadeFile | null = size ? context.files.make(random.chance(0.7) ? "pdf" : "png", `${completion.title.toLowerCase().replace(/[^a-z]+/g, "-").slice(0, 60)}-${completion.completedOn}`, size) : null;
    const id = random.uuid();
    const notes = random.pick(NOTES);
    batch.push(() =>
      insert.run({
        id,
        taskId: completion.taskId,
        dueDate: completion.dueDate,
        completedOn: completion.completedOn,
        by: admin.id,
        recordedAt: completion.at,
        notes,
        nextDue: completion.nextDue,
        fileName: file?.fileName ?? null,
        mimeType: file?.mimeType ?? null,
        size: file?.size ?? null,
        sha256: file?.sha256 ?? null,
        content: file?.content ?? null,
      }),
    );
    context.audit.record({
      at: completion.at,
      actor: admin,
      action: "task.completed",
      recordType: "task",
      recordId: completion.taskId,
      summary: `Completed "${completion.title}" (due ${completion.dueDate}) on ${completion.completedOn}; next due ${completion.nextDue}`,
      changes: { completionId: id, dueDate: completion.dueDate, completedOn: completion.completedOn, notes, evidence: file ? { fileName: file.fileName, sizeBytes: file.size, sha256: file.sha256 } : null },
    });
    if (file || batch.length >= 500) flush();
  }
  flush();
}

/** The reports each year's review produced, as the register lists them (exported, not signed in the app). */
const YEARLY_REPORTS: readonly ReportKind[] = ["annual-risk-analysis", "gap-assessment", "remediation-plan", "training", "vendors", "incidents", "policies", "audit-log"];

/**
 * The report register of the past years: the reports exported at each year's review, with the
 * fingerprint and size of the file handed to the auditor. Exported unsigned: the signing
 * certificates of those years are not part of the history.
 */
export function growReportRegister(context: GrowthContext): void {
  const { db, admin } = context;
  const random = context.random.fork("reports");
  const insert = db.prepare(
    `INSERT OR IGNORE INTO report_register (id, kind, title, period_key, period_label, version, file_name, sha256, byte_size, generated_at, generated_by)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let year = context.firstYear; year <= context.lastHistoryYear; year++) {
      const day = dayBetween(random, `${year}-06-15`, `${year}-07-15`);
      for (const kind of YEARLY_REPORTS) {
        const id = random.uuid();
        const at = officeInstant(random, day);
        const fileName = `${kind}-${year}.pdf`;
        const sha256 = createHash("sha256").update(`${context.plan.seed}:${kind}:${year}`).digest("hex");
        const size = random.int(60_000, 900_000);
        insert.run(id, kind, REPORT_TITLES[kind], String(year), `Calendar year ${year}`, fileName, sha256, size, at, admin.id);
        context.audit.record({ at, actor: admin, action: "report.exported", recordType: "report", recordId: id, summary: `Exported the ${REPORT_TITLES[kind]} for calendar year ${year} (version 1)` });
      }
    }
  })();
}
