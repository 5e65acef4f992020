import { addMonths } from "../risk/reviewSchedule";
import { addCalendarDays, daysBetween } from "./calendarDates";

/**
 * When each person's security training is due (45 CFR 164.308(a)(5)(i): a security awareness and
 * training program for all members of the workforce). New people are trained within a set number of
 * days after they are hired; everyone gets a refresher a set number of months after their last
 * training on each required topic. All dates are calendar days in the practice's own time zone.
 */

export const DEFAULT_INITIAL_TRAINING_DAYS = 30;
export const DEFAULT_REFRESHER_MONTHS = 12;
export const MIN_INITIAL_TRAINING_DAYS = 1;
export const MAX_INITIAL_TRAINING_DAYS = 365;
export const MIN_REFRESHER_MONTHS = 1;
export const MAX_REFRESHER_MONTHS = 36;
/** Training due within this many days shows as "coming up". */
export const UPCOMING_WINDOW_DAYS = 30;

export interface TrainingRules {
  initialTrainingDays: number;
  refresherMonths: number;
}

export const DEFAULT_TRAINING_RULES: TrainingRules = {
  initialTrainingDays: DEFAULT_INITIAL_TRAINING_DAYS,
  refresherMonths: DEFAULT_REFRESHER_MONTHS,
};

export type DueKind = "initial" | "refresher";

/**
 * The day a topic is due for one person: `initialTrainingDays` after the hire date when they have
 * never completed it, otherwise `refresherMonths` after the last completion. A day the target month
 * lacks becomes its last day (trained on January 31, a one-month refresher is due February 28 or 29).
 */
export function trainingDueDate(hireDate: string, lastCompletedOn: string | null, rules: TrainingRules): { dueDate: string; kind: DueKind } {
  if (lastCompletedOn === null) return { dueDate: addCalendarDays(hireDate, rules.initialTrainingDays), kind: "initial" };
  return { dueDate: addMonths(lastCompletedOn, rules.refresherMonths), kind: "refresher" };
}

export interface DuePerson {
  id: string;
  name: string;
  hireDate: string;
  terminationDate: string | null;
}

export interface DueTopic {
  id: string;
  name: string;
}

export interface DueCompletion {
  memberId: string;
  topicId: string;
  completedOn: string;
}

export interface TrainingDueItem {
  memberId: string;
  memberName: string;
  topicId: string;
  topicName: string;
  dueDate: string;
  kind: DueKind;
  lastCompletedOn: string | null;
  /** Negative when overdue: -3 means three days late. */
  daysLeft: number;
}

export interface TrainingDueLists {
  today: string;
  overdue: TrainingDueItem[];
  upcoming: TrainingDueItem[];
}

export interface TrainingDueFacts {
  /** Today in the practice's time zone. */
  today: string;
  people: readonly DuePerson[];
  /** The topics everyone must complete (required and in use). */
  topics: readonly DueTopic[];
  completions: readonly DueCompletion[];
  rules: TrainingRules;
  upcomingWindowDays?: number;
}

/** Someone whose last day has passed needs no more training; someone leaving soon needs none after that day. */
function stillEmployed(person: DuePerson, today: string): boolean {
  return person.terminationDate === null || person.terminationDate > today;
}

/**
 * Every required topic for every current person, sorted into overdue (the due day has passed) and
 * upcoming (due today or within the window). The due day itself is not overdue.
 */
export function trainingDue(facts: TrainingDueFacts): TrainingDueLists {
  const window = facts.upcomingWindowDays ?? UPCOMING_WINDOW_DAYS;
  const horizon = addCalendarDays(facts.today, window);
  const latest = new Map<string, string>();
  for (const completion of facts.completions) {
    const key = `${completion.memberId}\u0000${completion.topicId}`;
    const seen = latest.get(key);
    if (seen === undefined || completion.completedOn > seen) latest.set(key, completion.completedOn);
  }
  const overdue: TrainingDueItem[] = [];
  const upcoming: TrainingDueItem[] = [];
  for (const person of facts.people) {
    if (!stillEmployed(person, facts.today)) continue;
    for (const topic of facts.topics) {
      const lastCompletedOn = latest.get(`${person.id}\u0000${topic.id}`) ?? null;
      const { dueDate, kind } = trainingDueDate(person.hireDate, lastCompletedOn, facts.rules);
      if (person.terminationDate !== null && dueDate > person.terminationDate) continue;
      if (dueDate > horizon) continue;
      const item: TrainingDueItem = {
        memberId: person.id,
        memberName: person.name,
        topicId: topic.id,
        topicName: topic.name,
        dueDate,
        kind,
        lastCompletedOn,
        daysLeft: daysBetween(facts.today, dueDate),
      };
      (dueDate < facts.today ? overdue : upcoming).push(item);
    }
  }
  // Soonest first; one person's topics together, in the order the topics are listed.
  const topicOrder = new Map(facts.topics.map((topic, index) => [topic.id, index]));
  const order = (a: TrainingDueItem, b: TrainingDueItem) =>
    a.dueDate.localeCompare(b.dueDate) || a.memberName.localeCompare(b.memberName) || a.memberId.localeCompare(b.memberId) || topicOrder.get(a.topicId)! - topicOrder.get(b.topicId)!;
  return { today: facts.today, overdue: overdue.sort(order), upcoming: upcoming.sort(order) };
}
