import type { Database } from "better-sqlite3-multiple-ciphers";
import { catalog, findQuestion, SAFEGUARD_LABELS, SAFEGUARD_SECTIONS, SAFEGUARDS, type Requirement } from "../../shared/catalog";
import type {
  AssessmentDetail,
  AssessmentProgress,
  AssessmentSummary,
  PersonRef,
  QuestionView,
  RequirementApplicabilityView,
  RequirementView,
  SectionView,
} from "../../shared/model/assessment";
import { assessmentCompleteness, missingInSection, sectionProgress, type SectionProgress } from "../../shared/rules/assessmentCompleteness";
import { scoreAssessment } from "../../shared/rules/assessmentScoring";
import { applicabilityInAssessment, decisionIsDocumented, type AssessmentSnapshot } from "../../shared/rules/assessmentSnapshot";
import {
  applicabilityProfileOf,
  peopleLookup,
  readRecords,
  toSnapshot,
  type AnswerRow,
  type AssessmentRecords,
  type AssessmentRow,
  type RequirementStateRow,
} from "./assessmentRecords";

/** Turns an assessment's rows into what the screens show: summary, sections, requirements, questions. */

type People = (id: string) => PersonRef;

export function overallProgress(sections: ReadonlyArray<SectionProgress>): AssessmentProgress {
  const total = sections.reduce((sum, section) => sum + section.total, 0);
  const answered = sections.reduce((sum, section) => sum + section.answered, 0);
  const awaitingConfirmation = sections.reduce((sum, section) => sum + section.awaitingConfirmation, 0);
  return { total, answered, awaitingConfirmation, percent: total === 0 ? 100 : Math.floor((answered / total) * 100) };
}

const yearOfAssessment = (db: Database) => (id: string) => db.prepare("SELECT year FROM assessments WHERE id = ?").pluck().get(id) as number | undefined;

export function summaryOf(
  db: Database,
  row: AssessmentRow,
  snapshot: AssessmentSnapshot,
  people: People = peopleLookup(db),
  yearOf: (assessmentId: string) => number | undefined = yearOfAssessment(db),
): AssessmentSummary {
  const carriedFromYear = row.carried_from ? yearOf(row.carried_from) : undefined;
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    catalogVersion: row.catalog_version,
    startedBy: people(row.started_by),
    startedAt: row.started_at,
    carriedFrom: row.carried_from && carriedFromYear !== undefined ? { id: row.carried_from, year: carriedFromYear } : null,
    finalizedBy: row.finalized_by ? people(row.finalized_by) : null,
    finalizedAt: row.finalized_at,
    progress: overallProgress(sectionProgress(snapshot)),
    scorePercent: scoreAssessment(snapshot).overall.percent,
  };
}

function questionView(questionId: string, answer: AnswerRow | undefined, evidenceCount: number, people: People): QuestionView {
  const option = answer?.value ? findQuestion(questionId)?.options.find((candidate) => candidate.value === answer.value) : undefined;
  return {
    id: questionId,
    answer:
      option && answer?.answered_by && answer.answered_at
        ? { value: option.value, label: option.label, compliance: option.compliance, answeredBy: people(answer.answered_by), answeredAt: answer.answered_at }
        : null,
    notes: answer?.notes ?? "",
    carriedOver: answer?.carried_over === 1,
    lastChangedBy: answer ? people(answer.updated_by) : null,
    lastChangedAt: answer?.updated_at ?? null,
    evidenceCount,
  };
}

function applicabilityView(requirement: Requirement, snapshot: AssessmentSnapshot, state: RequirementStateRow | undefined, people: People): RequirementApplicabilityView {
  const applicability = applicabilityInAssessment(requirement, snapshot);
  if (applicability.applies) return { applies: true };
  if (applicability.source === "profile") return applicability;
  return {
    applies: false,
    source: "user",
    reason: applicability.reason ?? "",
    markedBy: people(state?.not_applicable_by ?? ""),
    markedAt: state?.not_applicable_at ?? "",
  };
}

function requirementView(requirement: Requirement, snapshot: AssessmentSnapshot, lookups: Lookups): RequirementView {
  const state = lookups.states.get(requirement.id);
  const applicability = applicabilityView(requirement, snapshot, state, lookups.people);
  const decision =
    state?.decision && state.decided_by && state.decided_at
      ? {
          kind: state.decision,
          description: state.decision_description,
          rationale: state.decision_rationale,
          decidedBy: lookups.people(state.decided_by),
          decidedAt: state.decided_at,
        }
      : null;
  return {
    id: requirement.id,
    cfr: requirement.cfr,
    standard: requirement.standard,
    specification: requirement.specification,
    status: requirement.status,
    applicability,
    decision,
    needsDecision: applicability.applies && requirement.status === "addressable" && !decisionIsDocumented(snapshot.requirementStates[requirement.id]?.decision ?? null),
    carriedOver: state?.carried_over === 1,
    questions: requirement.questions.map((question) =>
      questionView(question.id, lookups.answers.get(question.id), lookups.evidenceCounts.get(question.id) ?? 0, lookups.people),
    ),
  };
}

interface Lookups {
  people: People;
  answers: Map<string, AnswerRow>;
  states: Map<string, RequirementStateRow>;
  evidenceCounts: Map<string, number>;
}

function evidenceCounts(db: Database, assessmentId: string): Map<string, number> {
  const rows = db.prepare("SELECT question_id, count(*) AS files FROM evidence WHERE assessment_id = ? GROUP BY question_id").all(assessmentId) as {
    question_id: string;
    files: number;
  }[];
  return new Map(rows.map((row) => [row.question_id, row.files]));
}

export function detailOf(db: Database, row: AssessmentRow): AssessmentDetail {
  const records: AssessmentRecords = readRecords(db, row.id);
  const snapshot = toSnapshot(applicabilityProfileOf(db, row), records);
  const people = peopleLookup(db);
  const lookups: Lookups = {
    people,
    answers: new Map(records.answers.map((answer) => [answer.question_id, answer])),
    states: new Map(records.states.map((state) => [state.requirement_id, state])),
    evidenceCounts: evidenceCounts(db, row.id),
  };
  const completeness = assessmentCompleteness(snapshot);
  const progress = sectionProgress(snapshot);
  const sections: SectionView[] = SAFEGUARDS.map((safeguard, index) => {
    const review = records.reviews.find((candidate) => candidate.safeguard === safeguard);
    return {
      safeguard,
      label: SAFEGUARD_LABELS[safeguard],
      cfrSection: SAFEGUARD_SECTIONS[safeguard],
      progress: progress[index] ?? { safeguard, total: 0, answered: 0, awaitingConfirmation: 0, percent: 100 },
      review: review ? { reviewedBy: people(review.reviewed_by), reviewedAt: review.reviewed_at, note: review.note } : null,
      missing: missingInSection(completeness, safeguard),
      requirements: catalog.filter((requirement) => requirement.safeguard === safeguard).map((requirement) => requirementView(requirement, snapshot, lookups)),
    };
  });
  return { assessment: summaryOf(db, row, snapshot, people), readOnly: row.status === "finalized", sections, completeness };
}
