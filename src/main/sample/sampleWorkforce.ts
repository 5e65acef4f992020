import { acknowledgmentWording } from "../../shared/rules/attestation";
import type { TrainingSession, TrainingTopic } from "../../shared/model/training";
import type { RemovalStep, WorkforceMember } from "../../shared/model/workforce";
import type { SampleCalendar } from "./sampleCalendar";
import type { SampleDriver } from "./sampleDriver";
import { samplePdfFile } from "./sampleFiles";

/**
 * The sample's workforce (45 CFR 164.308(a)(3)) and its training (164.308(a)(5)): the whole office,
 * two people linked to their app accounts, a receptionist who left last year with every step of the
 * access-removal checklist done, two yearly sessions signed by each person in their own name, a new
 * assistant's online course with its certificate, and one coordinator overdue for the refresher.
 */

interface Person {
  fullName: string;
  jobTitle: string;
  /** Hired this many years before the sample's year (1 = last year). */
  hiredYearsBefore: number;
  hiredOn: string;
  /** Username of the person's app account, when they have one. */
  username?: string;
}

const TEAM: Person[] = [
  { fullName: "Dr. Ellen Park", jobTitle: "Dentist and owner", hiredYearsBefore: 14, hiredOn: "08-01" },
  { fullName: "Jamal Reed", jobTitle: "Dental Hygienist", hiredYearsBefore: 7, hiredOn: "05-06", username: "jreed" },
  { fullName: "Sofia Alvarez", jobTitle: "Dental Hygienist", hiredYearsBefore: 5, hiredOn: "02-01" },
  { fullName: "Marcus Bell", jobTitle: "Dental Assistant", hiredYearsBefore: 6, hiredOn: "09-14" },
  { fullName: "Kevin Osei", jobTitle: "Dental Assistant", hiredYearsBefore: 3, hiredOn: "04-03" },
  { fullName: "Olivia Grant", jobTitle: "Front Desk Coordinator", hiredYearsBefore: 8, hiredOn: "01-08" },
  { fullName: "Tyler Brooks", jobTitle: "Insurance and Billing Coordinator", hiredYearsBefore: 4, hiredOn: "06-20" },
];

/** Joined last year; trained on her own with an online course before the yearly session. */
const NEW_ASSISTANT = { fullName: "Hannah Cho", jobTitle: "Dental Assistant", hiredOn: "08-18", trainedOn: "08-25" };

/** Left last year; she had an account in this app, removed as the checklist's last step. */
const FORMER = {
  fullName: "Rachel Simmons",
  jobTitle: "Front Desk Receptionist",
  hiredYearsBefore: 9,
  hiredOn: "10-02",
  leftOn: "10-31",
  account: { username: "rsimmons", title: "Front Desk Receptionist", role: "staff" as const, password: "sample team password 3" },
};

/** Missed this year's session; last trained more than a year ago, so the lists have someone overdue. */
export const OVERDUE_PERSON = "Tyler Brooks";

const ONLINE_COURSE = "Dental Compliance Academy (online course)";

const REMOVAL_NOTES: Record<RemovalStep, string> = {
  "keys-badges": "Front door key and alarm fob returned on her last day; the alarm code she knew was changed the same evening.",
  "practice-software": "Her practice management and imaging logins disabled by the IT provider on her last afternoon.",
  email: "Mailbox disabled; her mail forwarded to the front desk coordinator for 90 days.",
  "shared-passwords": "Front-desk Wi-Fi password and the insurance portal's shared login changed the next morning.",
  "app-account": "Her Safeguard Desk account removed; her name stays on what she recorded.",
};

/** The people of the office, current and former, as the policies' acknowledgments need them. */
export interface SampleWorkforce {
  /** Everyone working at the practice now, the Administrator included. */
  current: WorkforceMember[];
  overdue: WorkforceMember;
}

function yearsBefore(calendar: SampleCalendar, years: number, monthDay: string): string {
  return `${calendar.year - years}-${monthDay}`;
}

async function signSession(driver: SampleDriver, session: TrainingSession, member: WorkforceMember): Promise<void> {
  const wording = acknowledgmentWording({ personName: member.fullName, topicNames: session.topics.map((topic) => topic.name), completedOn: session.heldOn, trainer: session.trainer });
  // Each person reads the statement and types their own name (164.308(a)(5)).
  await driver.must("training.completions.record", { memberId: member.id, training: { kind: "session", sessionId: session.id }, typedName: member.fullName, wording });
}

async function ownTraining(driver: SampleDriver, member: WorkforceMember, topics: TrainingTopic[], completedOn: string, trainer: string) {
  const wording = acknowledgmentWording({ personName: member.fullName, topicNames: topics.map((topic) => topic.name), completedOn, trainer });
  return driver.must("training.completions.record", {
    memberId: member.id,
    training: { kind: "own", topicIds: topics.map((topic) => topic.id), completedOn, trainer },
    typedName: member.fullName,
    wording,
  });
}

export async function buildSampleWorkforce(driver: SampleDriver, calendar: SampleCalendar, admin: { id: string; fullName: string }): Promise<SampleWorkforce> {
  const users = await driver.must("users.list", {});
  const accountOf = (username: string | undefined) => (username ? (users.find((user) => user.username === username)?.id ?? null) : null);

  const officeManager = await driver.must("workforce.add", {
    fullName: admin.fullName,
    jobTitle: "Office Manager and Security Official",
    hireDate: yearsBefore(calendar, 10, "03-14"),
    userId: admin.id,
  });
  const team: WorkforceMember[] = [officeManager];
  for (const person of TEAM) {
    team.push(
      await driver.must("workforce.add", {
        fullName: person.fullName,
        jobTitle: person.jobTitle,
        hireDate: yearsBefore(calendar, person.hiredYearsBefore, person.hiredOn),
        userId: accountOf(person.username),
      }),
    );
  }
  const formerAccount = await driver.must("users.create", { ...FORMER.account, fullName: FORMER.fullName });
  const former = await driver.must("workforce.add", {
    fullName: FORMER.fullName,
    jobTitle: FORMER.jobTitle,
    hireDate: yearsBefore(calendar, FORMER.hiredYearsBefore, FORMER.hiredOn),
    userId: formerAccount.id,
  });
  const newAssistant = await driver.must("workforce.add", { fullName: NEW_ASSISTANT.fullName, jobTitle: NEW_ASSISTANT.jobTitle, hireDate: calendar.last(NEW_ASSISTANT.hiredOn), userId: null });
  const overdue = team.find((member) => member.fullName === OVERDUE_PERSON)!;

  const seeded = await driver.must("training.topics.list", {});
  const required = seeded.filter((topic) => topic.required && topic.inUse);
  const callers = await driver.must("training.topics.add", {
    name: "Verifying callers at the front desk",
    description: "Who may be told what on the phone, and how to check a caller is the patient or their personal representative before giving out appointment or billing details. 45 CFR 164.514(h).",
    required: false,
  });
  const trainer = `${admin.fullName}, Security Official`;

  // Last year: everyone then working, the receptionist who later left included; the coordinator was on leave.
  const lastSession = await driver.must("training.sessions.add", {
    heldOn: calendar.last("03-10"),
    trainer,
    topicIds: required.map((topic) => topic.id),
    notes: "Yearly lunch-and-learn in the break room: the practice's policies, a walk through real phishing e-mails, and how to report a problem.",
  });
  for (const member of [...team.filter((member) => member !== overdue), former]) await signSession(driver, lastSession, member);
  await ownTraining(driver, overdue, required, [calendar.last("04-02"), calendar.monthsFromToday(-13)].sort()[0]!, ONLINE_COURSE);

  const courseRecord = await ownTraining(driver, newAssistant, required, calendar.last(NEW_ASSISTANT.trainedOn), ONLINE_COURSE);
  await driver.must("training.certificates.attach", {
    completionId: courseRecord.id,
    ...samplePdfFile("hannah-cho-hipaa-security-course-certificate.pdf", "Certificate of completion", [
      `${NEW_ASSISTANT.fullName} completed "HIPAA Security for Dental Teams" on ${courseRecord.completedOn}.`,
      `Course provider: ${ONLINE_COURSE}.`,
      "Topics: HIPAA basics; phishing; the practice's policies; passwords; reporting incidents.",
    ]),
  });

  await driver.must("workforce.terminate", { memberId: former.id, terminationDate: calendar.last(FORMER.leftOn), note: "Moved out of state; left on good terms." });
  const detail = await driver.must("workforce.get", { memberId: former.id });
  for (const step of detail.removalSteps) await driver.must("workforce.removalStep.complete", { memberId: former.id, step: step.step, note: REMOVAL_NOTES[step.step] });

  // This year: the refresher for everyone but the coordinator, who missed it.
  const current = [...team, newAssistant];
  const thisSession = await driver.must("training.sessions.add", {
    heldOn: calendar.current("03-12"),
    trainer,
    topicIds: [...required.map((topic) => topic.id), callers.id],
    notes: `Yearly refresher, with a new part on verifying callers. ${OVERDUE_PERSON} was out that week and still needs to take it.`,
  });
  for (const member of current.filter((member) => member !== overdue)) await signSession(driver, thisSession, member);
  return { current, overdue };
}
