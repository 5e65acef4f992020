import { describe, expect, it } from "vitest";
import { acknowledgmentWording, namesMatch, normalizePersonName } from "../../../src/shared/rules/attestation";
import { DEFAULT_TRAINING_RULES, trainingDue, trainingDueDate, type DuePerson, type TrainingRules } from "../../../src/shared/rules/trainingDue";

const rules = (initialTrainingDays: number, refresherMonths: number): TrainingRules => ({ initialTrainingDays, refresherMonths });

describe("the due date of one topic for one person", () => {
  it.each<[string, string, string | null, TrainingRules, string, "initial" | "refresher"]>([
    ["never trained: 30 days after hire", "2026-03-02", null, DEFAULT_TRAINING_RULES, "2026-04-01", "initial"],
    ["hired at a month end, across into the next month", "2026-01-31", null, DEFAULT_TRAINING_RULES, "2026-03-02", "initial"],
    ["hired in February of a leap year", "2028-02-10", null, DEFAULT_TRAINING_RULES, "2028-03-11", "initial"],
    ["hired in February of a common year", "2027-02-10", null, DEFAULT_TRAINING_RULES, "2027-03-12", "initial"],
    ["hired late in December: due in the next year", "2026-12-15", null, DEFAULT_TRAINING_RULES, "2027-01-14", "initial"],
    ["hired on a leap day", "2028-02-29", null, DEFAULT_TRAINING_RULES, "2028-03-30", "initial"],
    ["a shorter period of 14 days", "2026-03-02", null, rules(14, 12), "2026-03-16", "initial"],
    ["a longer period of 90 days", "2026-11-30", null, rules(90, 12), "2027-02-28", "initial"],
    ["trained once: 12 months after", "2026-01-05", "2026-02-03", DEFAULT_TRAINING_RULES, "2027-02-03", "refresher"],
    ["trained on a leap day: the refresher falls on February 28", "2027-01-05", "2028-02-29", DEFAULT_TRAINING_RULES, "2029-02-28", "refresher"],
    ["trained on a leap day, 24-month refresher: still February 28", "2027-01-05", "2028-02-29", rules(30, 24), "2030-02-28", "refresher"],
    ["trained on February 28 of the year before a leap year: February 28, not 29", "2026-01-05", "2027-02-28", DEFAULT_TRAINING_RULES, "2028-02-28", "refresher"],
    ["trained on January 31, monthly refresher: end of February (common year)", "2026-01-05", "2027-01-31", rules(30, 1), "2027-02-28", "refresher"],
    ["trained on January 31, monthly refresher: end of February (leap year)", "2026-01-05", "2028-01-31", rules(30, 1), "2028-02-29", "refresher"],
    ["trained on August 31, six-month refresher: end of February", "2026-01-05", "2026-08-31", rules(30, 6), "2027-02-28", "refresher"],
    ["trained on December 31: the refresher crosses the year", "2026-01-05", "2026-12-31", rules(30, 3), "2027-03-31", "refresher"],
    ["trained before the first day of work: counts from the training", "2026-03-02", "2026-02-20", DEFAULT_TRAINING_RULES, "2027-02-20", "refresher"],
  ])("%s", (_, hireDate, lastCompletedOn, settings, dueDate, kind) => {
    expect(trainingDueDate(hireDate, lastCompletedOn, settings)).toEqual({ dueDate, kind });
  });
});

const HIRED = (id: string, name: string, hireDate: string, terminationDate: string | null = null): DuePerson => ({ id, name, hireDate, terminationDate });
const TOPICS = [
  { id: "t1", name: "HIPAA basics" },
  { id: "t2", name: "Password practice" },
];

describe("overdue and upcoming lists", () => {
  it("sorts each person's topics into overdue (the due day has passed) and upcoming (due today or within 30 days)", () => {
    const lists = trainingDue({
      today: "2026-04-01",
      people: [HIRED("p1", "Ana Ruiz", "2026-03-02"), HIRED("p2", "Ben Cho", "2026-03-01"), HIRED("p3", "Cy Dunn", "2026-01-10")],
      topics: TOPICS,
      completions: [
        { memberId: "p3", topicId: "t1", completedOn: "2026-01-20" },
        { memberId: "p3", topicId: "t2", completedOn: "2026-01-20" },
      ],
      rules: DEFAULT_TRAINING_RULES,
    });
    // Ben was hired a day earlier than Ana: his due day (March 31) has passed; Ana's is today.
    expect(lists.overdue.map((item) => [item.memberName, item.topicName, item.dueDate, item.daysLeft])).toEqual([
      ["Ben Cho", "HIPAA basics", "2026-03-31", -1],
      ["Ben Cho", "Password practice", "2026-03-31", -1],
    ]);
    expect(lists.upcoming.map((item) => [item.memberName, item.topicName, item.dueDate, item.kind])).toEqual([
      ["Ana Ruiz", "HIPAA basics", "2026-04-01", "initial"],
      ["Ana Ruiz", "Password practice", "2026-04-01", "initial"],
    ]);
  });

  it("uses the latest completion of each topic, and leaves out what is due beyond the window", () => {
    const lists = trainingDue({
      today: "2027-01-10",
      people: [HIRED("p1", "Ana Ruiz", "2025-01-01")],
      topics: TOPICS,
      completions: [
        { memberId: "p1", topicId: "t1", completedOn: "2025-01-15" },
        { memberId: "p1", topicId: "t1", completedOn: "2026-01-20" },
        { memberId: "p1", topicId: "t2", completedOn: "2025-01-15" },
      ],
      rules: DEFAULT_TRAINING_RULES,
    });
    expect(lists.overdue.map((item) => [item.topicName, item.dueDate, item.lastCompletedOn])).toEqual([["Password practice", "2026-01-15", "2025-01-15"]]);
    expect(lists.upcoming.map((item) => [item.topicName, item.dueDate, item.daysLeft])).toEqual([["HIPAA basics", "2027-01-20", 10]]);
    const later = trainingDue({ today: "2026-12-20", people: [HIRED("p1", "Ana Ruiz", "2025-01-01")], topics: [TOPICS[0]!], completions: [{ memberId: "p1", topicId: "t1", completedOn: "2026-01-20" }], rules: DEFAULT_TRAINING_RULES });
    expect(later.upcoming).toEqual([]);
    expect(later.overdue).toEqual([]);
  });

  it("leaves out people who have left, and training due after someone's last day", () => {
    const lists = trainingDue({
      today: "2026-06-01",
      people: [HIRED("p1", "Gone Already", "2026-01-01", "2026-05-31"), HIRED("p2", "Leaving Soon", "2026-05-20", "2026-06-10"), HIRED("p3", "Leaving Later", "2026-05-20", "2026-06-30")],
      topics: [TOPICS[0]!],
      completions: [],
      rules: DEFAULT_TRAINING_RULES,
    });
    expect(lists.overdue).toEqual([]);
    expect(lists.upcoming.map((item) => item.memberName)).toEqual(["Leaving Later"]);
  });

  it("counts from a different period and interval when the practice changes them", () => {
    const facts = { today: "2026-03-20", people: [HIRED("p1", "Ana Ruiz", "2026-03-01")], topics: [TOPICS[0]!], completions: [] };
    expect(trainingDue({ ...facts, rules: rules(14, 12) }).overdue.map((item) => item.dueDate)).toEqual(["2026-03-15"]);
    expect(trainingDue({ ...facts, rules: DEFAULT_TRAINING_RULES }).upcoming.map((item) => item.dueDate)).toEqual(["2026-03-31"]);
  });
});

describe("the typed-name acknowledgment", () => {
  it.each<[string, string, boolean]>([
    ["Maria Lopez", "Maria Lopez", true],
    ["  maria lopez  ", "Maria Lopez", true],
    ["MARIA   LOPEZ", "Maria Lopez", true],
    ["Maria", "Maria Lopez", false],
    ["Maria Lopes", "Maria Lopez", false],
    ["", "Maria Lopez", false],
    ["José Núñez", "Jose\u0301 Nu\u0301n\u0303ez", true],
  ])("%j against %j → %s", (typed, roster, expected) => {
    expect(namesMatch(typed, roster)).toBe(expected);
  });

  it("builds one statement from the facts, naming the person, the date, the trainer and each topic", () => {
    const wording = acknowledgmentWording({ personName: "Ana Ruiz", topicNames: ["HIPAA basics", "Password practice"], completedOn: "2026-03-02", trainer: "Maria Lopez" });
    expect(wording).toContain("I, Ana Ruiz, completed security awareness training on 2026-03-02, given by Maria Lopez, covering: HIPAA basics; Password practice.");
    expect(acknowledgmentWording({ personName: "Ana Ruiz", topicNames: ["HIPAA basics"], completedOn: "2026-03-02", trainer: " " })).toContain("on 2026-03-02, covering: HIPAA basics.");
    expect(normalizePersonName(" A\tB ")).toBe("a b");
  });
});
