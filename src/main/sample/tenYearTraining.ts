import type { Database } from "better-sqlite3-multiple-ciphers";
import { acknowledgmentWording } from "../../shared/rules/attestation";
import { addCalendarDays } from "../../shared/rules/calendarDates";
import { appendAudit, type Actor } from "../audit/auditLog";
import { dayBetween, earlier, lastHistoryDay, later, officeInstant, type GrowthContext } from "./tenYearContext";
import { ONLINE_COURSES, TRAINERS } from "./tenYearNames";
import { SeededRandom } from "./tenYearRandom";
import type { HistoryPerson } from "./tenYearWorkforce";

interface Topic {
  id: string;
  name: string;
}

interface Session {
  id: string;
  heldOn: string;
  trainer: string;
  notes: string;
  topics: Topic[];
  used: boolean;
}

interface Completion {
  id: string;
  person: HistoryPerson;
  session: Session | null;
  completedOn: string;
  trainer: string;
  topics: Topic[];
}

/** The statements people signed, and the rows that keep them, written the way recordCompletion writes them. */
class CompletionWriter {
  private readonly insertCompletion;
  private readonly insertTopic;

  constructor(
    private readonly db: Database,
    private readonly recordedBy: Actor & { id: string },
  ) {
    this.insertCompletion = db.prepare(
      `INSERT INTO training_completions (id, member_id, session_id, completed_on, trainer, ack_typed_name, ack_wording, ack_at, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertTopic = db.prepare("INSERT INTO training_completion_topics (completion_id, topic_id) VALUES (?, ?)");
  }

  write(random: SeededRandom, completion: Completion): { at: string; summary: string; changes: Record<string, unknown> } {
    const { person, completedOn, trainer, topics } = completion;
    const wording = acknowledgmentWording({ personName: person.fullName, topicNames: topics.map((topic) => topic.name), completedOn, trainer });
    const at = officeInstant(random, completedOn);
    this.insertCompletion.run(completion.id, person.id, completion.session?.id ?? null, completedOn, trainer, person.fullName, wording, at, this.recordedBy.id, at);
    for (const topic of topics) this.insertTopic.run(completion.id, topic.id);
    return {
      at,
      summary: `Recorded ${person.fullName}'s training of ${completedOn}, acknowledged with their typed name`,
      changes: { memberId: person.id, sessionId: completion.session?.id ?? null, completedOn, trainer, topics: topics.map((topic) => topic.name), typedName: person.fullName, wording },
    };
  }
}

function requiredTopics(db: Database): Topic[] {
  return db.prepare("SELECT id, name FROM training_topics WHERE required = 1 AND retired_at IS NULL ORDER BY position, name").all() as Topic[];
}

/** The days someone could have trained within the window: from hiring (or the window's start) to leaving (or its end). */
function employedSpan(person: HistoryPerson, from: string, to: string): [string, string] | null {
  const start = later(person.hireDate, from);
  const end = earlier(person.terminationDate ?? to, to);
  return start <= end ? [start, end] : null;
}

const employedOn = (person: HistoryPerson, day: string) => person.hireDate <= day && (person.terminationDate === null || day <= person.terminationDate);

/**
 * Ten years of security training (45 CFR 164.308(a)(5)): a yearly session for the whole office on
 * every required topic, monthly huddles on one or two topics, and online courses taken alone, each
 * signed by the person in their own name with the exact statement recordCompletion would show. It
 * stops where the sample's own training begins (the end of the year before last), so the sample's
 * people keep their current standing: who is due, who is overdue.
 */
export function growTraining(context: GrowthContext, people: readonly HistoryPerson[]): void {
  const { db, plan, admin } = context;
  const random = context.random.fork("training");
  const topics = requiredTopics(db);
  if (topics.length === 0) return;
  const existing = db.prepare("SELECT count(*) FROM training_completions").pluck().get() as number;
  const wanted = Math.max(0, plan.trainingRecords - existing);
  const from = `${context.firstYear}-01-01`;
  const to = earlier(`${context.lastHistoryYear}-12-31`, lastHistoryDay(context));

  const sessions: Session[] = [];
  for (let year = context.firstYear; year <= context.lastHistoryYear; year++) {
    sessions.push({
      id: random.uuid(),
      heldOn: earlier(dayBetween(random, `${year}-02-01`, `${year}-03-31`), to),
      trainer: TRAINERS[0]!,
      notes: "Yearly security training for the whole office, at the staff meeting.",
      topics,
      used: false,
    });
    for (let month = 4; month <= 12; month++) {
      const day = `${year}-${String(month).padStart(2, "0")}-${String(random.int(3, 26)).padStart(2, "0")}`;
      if (day > to) break;
      sessions.push({ id: random.uuid(), heldOn: day, trainer: random.pick(TRAINERS), notes: "Monthly security huddle before opening.", topics: random.sample(topics, random.int(1, 2)), used: false });
    }
  }
  const yearly = sessions.filter((session) => session.topics === topics);
  const huddles = sessions.filter((session) => session.topics !== topics);
  const attended = new Set<string>();
  const completions: Completion[] = [];
  const attend = (person: HistoryPerson, session: Session) => {
    attended.add(`${person.id}:${session.id}`);
    session.used = true;
    completions.push({ id: random.uuid(), person, session, completedOn: session.heldOn, trainer: session.trainer, topics: session.topics });
  };
  for (const session of yearly) {
    for (const person of people) if (completions.length < wanted && employedOn(person, session.heldOn) && random.chance(0.92)) attend(person, session);
  }
  const spans = people.map((person) => ({ person, span: employedSpan(person, from, to) })).filter((entry) => entry.span !== null) as { person: HistoryPerson; span: [string, string] }[];
  for (let tries = 0; completions.length < wanted && spans.length > 0 && tries < wanted * 20; tries++) {
    if (huddles.length > 0 && random.chance(0.55)) {
      const session = random.pick(huddles);
      const person = random.pick(people);
      if (employedOn(person, session.heldOn) && !attended.has(`${person.id}:${session.id}`)) attend(person, session);
      continue;
    }
    const { person, span } = random.pick(spans);
    const completedOn = dayBetween(random, span[0], span[1]);
    completions.push({ id: random.uuid(), person, session: null, completedOn, trainer: random.pick(ONLINE_COURSES), topics: random.sample(topics, random.int(1, 3)) });
  }

  const writer = new CompletionWriter(db, admin);
  const insertSession = db.prepare("INSERT INTO training_sessions (id, held_on, trainer, notes, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)");
  const insertSessionTopic = db.prepare("INSERT INTO training_session_topics (session_id, topic_id) VALUES (?, ?)");
  const selfStudy: { completion: Completion; at: string }[] = [];
  db.transaction(() => {
    for (const session of sessions.filter((candidate) => candidate.used)) {
      const at = officeInstant(random, session.heldOn);
      insertSession.run(session.id, session.heldOn, session.trainer, session.notes, admin.id, at);
      for (const topic of session.topics) insertSessionTopic.run(session.id, topic.id);
      context.audit.record({
        at,
        actor: admin,
        action: "training.session-added",
        recordType: "training-session",
        recordId: session.id,
        summary: `Recorded a training session on ${session.heldOn} given by ${session.trainer}`,
        changes: { heldOn: session.heldOn, trainer: session.trainer, notes: session.notes, topics: session.topics.map((topic) => topic.name) },
      });
    }
    for (const completion of completions) {
      const entry = writer.write(random, completion);
      context.audit.record({ at: entry.at, actor: admin, action: "training.completion-recorded", recordType: "training-completion", recordId: completion.id, summary: entry.summary, changes: entry.changes });
      if (completion.session === null) selfStudy.push({ completion, at: entry.at });
    }
  })();
  attachCertificates(context, random, selfStudy);
}

/** The online courses' certificates, stored as BLOBs the way attachCertificate stores them. */
function attachCertificates(context: GrowthContext, random: SeededRandom, selfStudy: { completion: Completion; at: string }[]): void {
  const { db, admin } = context;
  const sizes = context.files.sizesFor("certificates", random);
  if (selfStudy.length === 0) return;
  const insert = db.prepare(
    `INSERT INTO training_certificates (id, completion_id, file_name, mime_type, size, sha256, content, added_by, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const chosen = random.sample(selfStudy, sizes.length);
  sizes.forEach((size, index) => {
    const { completion, at } = chosen[index % chosen.length]!;
    const slug = completion.person.fullName.toLowerCase().replace(/[^a-z]+/g, "-");
    const file = context.files.make(random.chance(0.85) ? "pdf" : "jpg", `certificate-${slug}-${completion.completedOn}`, size);
    const id = random.uuid();
    db.transaction(() => insert.run(id, completion.id, file.fileName, file.mimeType, file.size, file.sha256, file.content, admin.id, at))();
    context.audit.record({
      at,
      actor: admin,
      action: "training.certificate-attached",
      recordType: "training-certificate",
      recordId: id,
      summary: `Attached the certificate "${file.fileName}" to ${completion.person.fullName}'s training of ${completion.completedOn}`,
      changes: { completionId: completion.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.size, sha256: file.sha256 },
    });
  });
}

/**
 * A long list for the renderer's benchmark and its test: `count` online-course records for one person,
 * one a day backwards from `lastDay`, each audited as recordCompletion audits it.
 */
export function addTrainingRecords(db: Database, recordedBy: Actor & { id: string }, input: { memberId: string; count: number; seed: number; lastDay: string }): void {
  const random = new SeededRandom(input.seed);
  const topics = requiredTopics(db);
  const person = db
    .prepare("SELECT id, full_name AS fullName, hire_date AS hireDate, termination_date AS terminationDate FROM workforce_members WHERE id = ?")
    .get(input.memberId) as HistoryPerson;
  const writer = new CompletionWriter(db, recordedBy);
  db.transaction(() => {
    for (let i = 0; i < input.count; i++) {
      const completion: Completion = {
        id: random.uuid(),
        person,
        session: null,
        completedOn: addCalendarDays(input.lastDay, -i),
        trainer: random.pick(ONLINE_COURSES),
        topics: random.sample(topics, random.int(1, 3)),
      };
      const entry = writer.write(random, completion);
      appendAudit(db, recordedBy, { action: "training.completion-recorded", recordType: "training-completion", recordId: completion.id, summary: entry.summary, changes: entry.changes });
    }
  })();
}
