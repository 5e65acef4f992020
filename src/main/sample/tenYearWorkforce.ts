import { REMOVAL_STEP_LABELS, REMOVAL_STEPS } from "../../shared/model/workforce";
import { normalizePersonName } from "../../shared/rules/attestation";
import { addCalendarDays } from "../../shared/rules/calendarDates";
import { dayBetween, earlier, later, officeInstant, type GrowthContext } from "./tenYearContext";
import { FIRST_NAMES, JOBS, LAST_NAMES } from "./tenYearNames";

/** Someone on the roster during the history, as training and acknowledgments need them. */
export interface HistoryPerson {
  id: string;
  fullName: string;
  hireDate: string;
  terminationDate: string | null;
}

const LEAVING_NOTES = ["Moved out of state.", "Took a position closer to home.", "Went back to school.", "End of a temporary assignment.", "Retired.", "Resigned; two weeks' notice given.", ""];

/**
 * The people who worked at the practice over the ten years and left again (45 CFR 164.308(a)(3)):
 * each with a hire date, a last day, the access-removal checklist done within days of leaving, and,
 * for the front desk and the coordinators, an app account that was removed as the checklist's last
 * step. The sample's own people are today's office; these are everyone before them.
 */
export function growWorkforce(context: GrowthContext): HistoryPerson[] {
  const { db, plan, admin } = context;
  const random = context.random.fork("workforce");
  const existing = db.prepare("SELECT id, full_name AS fullName, hire_date AS hireDate, termination_date AS terminationDate FROM workforce_members").all() as HistoryPerson[];
  const takenNames = new Set(existing.map((person) => normalizePersonName(person.fullName)));
  const takenUsernames = new Set((db.prepare("SELECT username FROM users").pluck().all() as string[]).map((name) => name.toLowerCase()));
  const insertMember = db.prepare(
    `INSERT INTO workforce_members (id, full_name, job_title, hire_date, termination_date, termination_note, terminated_by, terminated_at, user_id,
       created_by, created_at, updated_by, updated_at)
     VALUES (@id, @fullName, @jobTitle, @hireDate, @terminationDate, @note, @adminId, @terminatedAt, @userId, @adminId, @createdAt, @adminId, @terminatedAt)`,
  );
  const insertStep = db.prepare("INSERT INTO workforce_removal_steps (member_id, step, position, done_by, done_at, note) VALUES (?, ?, ?, ?, ?, ?)");
  const insertUser = db.prepare("INSERT INTO users (id, username, full_name, title, role, created_at, removed_at) VALUES (?, ?, ?, ?, 'staff', ?, ?)");
  const jobs = JOBS.flatMap((job) => Array.from({ length: job.weight }, () => job));
  const windowStart = `${context.firstYear}-01-01`;
  const people: HistoryPerson[] = [...existing];

  db.transaction(() => {
    for (let i = existing.length; i < plan.people; i++) {
      let fullName = "";
      do fullName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      while (takenNames.has(normalizePersonName(fullName)));
      takenNames.add(normalizePersonName(fullName));
      const job = random.pick(jobs);
      // Some were already there when the history starts; everyone here had left before last year.
      const leftBy = addCalendarDays(`${context.thisYear - 1}-01-01`, -random.int(1, 120));
      const hireDate = dayBetween(random, addCalendarDays(windowStart, -3 * 365), addCalendarDays(`${context.thisYear - 1}-01-01`, -200));
      const tenure = random.chance(0.2) ? random.int(60, 240) : random.int(240, 6 * 365);
      const terminationDate = later(addCalendarDays(hireDate, 30), earlier(addCalendarDays(hireDate, tenure), leftBy));
      const id = random.uuid();
      const createdAt = officeInstant(random, hireDate < windowStart ? windowStart : hireDate);
      const terminatedAt = officeInstant(random, terminationDate);
      let userId: string | null = null;
      if (job.hasAccount) {
        userId = random.uuid();
        let username = `${fullName[0]}${fullName.split(" ")[1]}`.toLowerCase();
        for (let n = 2; takenUsernames.has(username); n++) username = `${fullName[0]}${fullName.split(" ")[1]}${n}`.toLowerCase();
        takenUsernames.add(username);
        const removedAt = officeInstant(random, addCalendarDays(terminationDate, 1));
        insertUser.run(userId, username, fullName, job.title, createdAt, removedAt);
        context.audit.record({ at: createdAt, actor: admin, action: "user.created", recordType: "user", recordId: userId, summary: `Added ${fullName} (${username}) as Staff` });
        context.audit.record({ at: removedAt, actor: admin, action: "user.removed", recordType: "user", recordId: userId, summary: `Removed the account ${username}` });
        context.accounts.push({ id: userId, username, fullName, from: hireDate < windowStart ? windowStart : hireDate, to: terminationDate });
      }
      const note = random.pick(LEAVING_NOTES);
      insertMember.run({ id, fullName, jobTitle: job.title, hireDate, terminationDate, note, adminId: admin.id, terminatedAt, userId, createdAt });
      context.audit.record({
        at: createdAt,
        actor: admin,
        action: "workforce.member-added",
        recordType: "workforce-member",
        recordId: id,
        summary: `Added ${fullName} to the workforce roster`,
        changes: { fullName, jobTitle: job.title, hireDate, userId, source: "form" },
      });
      const steps = REMOVAL_STEPS.filter((step) => step !== "app-account" || userId !== null);
      context.audit.record({
        at: terminatedAt,
        actor: admin,
        action: "workforce.member-terminated",
        recordType: "workforce-member",
        recordId: id,
        summary: `Recorded ${fullName}'s last day of work (${terminationDate}) and opened the access-removal checklist`,
        changes: { terminationDate, note, steps },
      });
      steps.forEach((step, position) => {
        const doneAt = officeInstant(random, addCalendarDays(terminationDate, step === "app-account" ? 1 : random.int(0, 2)));
        insertStep.run(id, step, position, admin.id, doneAt, "");
        context.audit.record({
          at: doneAt,
          actor: admin,
          action: "workforce.removal-step-done",
          recordType: "workforce-member",
          recordId: id,
          summary: `${REMOVAL_STEP_LABELS[step].label}: done for ${fullName}`,
          changes: { step, note: "", accountRemoved: step === "app-account" },
        });
      });
      people.push({ id, fullName, hireDate, terminationDate });
    }
  })();
  return people;
}
