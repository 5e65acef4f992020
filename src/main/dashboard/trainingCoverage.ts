import type { TrainingFigure, TrainingPersonDue } from "../../shared/model/dashboard";
import type { RosterEntry } from "../../shared/model/workforce";
import type { DueCompletion, TrainingDueLists } from "../../shared/rules/trainingDue";
import { dashboardLinks } from "./dashboardLinks";

/**
 * Training coverage (45 CFR 164.308(a)(5)): of the people now on the roster, who is up to date (every
 * required topic done at least once, nothing overdue), who is overdue, and who has not yet done every
 * topic but is still within the time allowed to a new person.
 */

/** For each person on the roster, every topic they have ever completed, from each person's latest completion of each topic. */
export function completedTopicsOf(roster: readonly Pick<RosterEntry, "id">[], latest: readonly DueCompletion[]): Map<string, Set<string>> {
  const topics = new Map(roster.map((member) => [member.id, new Set<string>()]));
  for (const completion of latest) topics.get(completion.memberId)?.add(completion.topicId);
  return topics;
}

export interface CoverageFacts {
  roster: readonly RosterEntry[];
  requiredTopicIds: readonly string[];
  completedTopics: ReadonlyMap<string, ReadonlySet<string>>;
  due: TrainingDueLists;
}

export interface Coverage extends Omit<TrainingFigure, "href"> {
  anyTraining: boolean;
}

export function trainingCoverage({ roster, requiredTopicIds, completedTopics, due }: CoverageFacts): Coverage {
  const overdueByPerson = new Map<string, TrainingDueLists["overdue"]>();
  for (const item of due.overdue) overdueByPerson.set(item.memberId, [...(overdueByPerson.get(item.memberId) ?? []), item]);
  let notYetTrained = 0;
  let anyTraining = false;
  for (const member of roster) {
    const done = completedTopics.get(member.id) ?? new Set<string>();
    if (done.size > 0) anyTraining = true;
    if (!overdueByPerson.has(member.id) && requiredTopicIds.some((topicId) => !done.has(topicId))) notYetTrained += 1;
  }
  const overdue: TrainingPersonDue[] = roster
    .filter((member) => overdueByPerson.has(member.id))
    .map((member) => {
      const items = [...overdueByPerson.get(member.id)!].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      return {
        memberId: member.id,
        name: member.fullName,
        topics: items.map((item) => item.topicName),
        dueDate: items[0]!.dueDate,
        daysOverdue: -items[0]!.daysLeft,
        href: dashboardLinks.person(member.id),
      };
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name));
  return {
    people: roster.length,
    upToDate: roster.length - overdue.length - notYetTrained,
    overduePeople: overdue.length,
    notYetTrained,
    overdue,
    anyTraining,
  };
}
