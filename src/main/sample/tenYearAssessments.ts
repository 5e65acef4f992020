import { applicabilityFor, catalog, CATALOG_VERSION, SAFEGUARD_LABELS, SAFEGUARDS, type Question, type Requirement } from "../../shared/catalog";
import { rankGaps } from "../../shared/rules/assessmentScoring";
import { ADDRESSABLE_DECISION_LABELS } from "../../shared/rules/assessmentSnapshot";
import { readPractice } from "../services/practiceService";
import { citation, readSnapshot, type AssessmentRow } from "../services/assessmentRecords";
import { dayBetween, officeInstant, type GrowthContext } from "./tenYearContext";
import type { SeededRandom } from "./tenYearRandom";

const MAX_TITLE = 300;

/**
 * The yearly safeguard assessments before the sample's two (45 CFR 164.308(a)(8)), each finalized in
 * spring: every applicable question answered (more gaps in the early years, as a practice improves),
 * each addressable specification decided, every section signed off, each gap turned into an item of
 * the remediation plan and done by the year's end, and evidence files attached to the answers.
 * Rows are written as the assessment services write them, with the dates they would have had.
 */
export function growAssessments(context: GrowthContext): void {
  const { db, admin } = context;
  const random = context.random.fork("assessments");
  const practice = readPractice(db);
  const profile = { sponsorsGroupHealthPlan: practice.sponsorsGroupHealthPlan, isPartOfClearinghouse: practice.isPartOfClearinghouse };
  const applicable = catalog.filter((requirement) => applicabilityFor(requirement, profile).applies);
  const insertAssessment = db.prepare(
    `INSERT INTO assessments (id, year, status, catalog_version, started_by, started_at, carried_from, finalized_by, finalized_at, finalized_profile)
     VALUES (?, ?, 'finalized', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO assessment_answers (assessment_id, question_id, value, notes, answered_by, answered_at, carried_over, updated_by, updated_at)
     VALUES (?, ?, ?, '', ?, ?, 0, ?, ?)`,
  );
  const insertDecision = db.prepare(
    `INSERT INTO assessment_requirement_states (assessment_id, requirement_id, decision, decision_description, decided_by, decided_at, carried_over)
     VALUES (?, ?, 'implemented', ?, ?, ?, 0)`,
  );
  const insertReview = db.prepare("INSERT INTO assessment_section_reviews (assessment_id, safeguard, reviewed_by, reviewed_at, note) VALUES (?, ?, ?, ?, ?)");
  const insertItem = db.prepare(
    `INSERT INTO action_items (id, source_kind, assessment_id, question_id, title, priority, owner_user_id, due_date, status, notes,
       created_by, created_at, updated_by, updated_at, completed_at)
     VALUES (?, 'assessment-gap', ?, ?, ?, ?, ?, ?, 'done', ?, ?, ?, ?, ?, ?)`,
  );
  const answered: { assessmentId: string; year: number; requirement: Requirement; question: Question; at: string }[] = [];
  let previous: string | null = null;

  for (let year = context.firstYear; year <= context.lastHistoryYear; year++) {
    const id = random.uuid();
    const startedOn = dayBetween(random, `${year}-01-06`, `${year}-01-31`);
    const finalizedOn = dayBetween(random, `${year}-04-01`, `${year}-05-15`);
    const startedAt = officeInstant(random, startedOn);
    const finalizedAt = officeInstant(random, finalizedOn);
    // A new practice answers a third of its questions short of the best; by the later years, one in twenty.
    const gapChance = 0.33 - (0.28 * (year - context.firstYear)) / Math.max(1, context.lastHistoryYear - context.firstYear);
    db.transaction(() => {
      insertAssessment.run(id, year, CATALOG_VERSION, admin.id, startedAt, previous, admin.id, finalizedAt, JSON.stringify(profile));
      context.audit.record({
        at: startedAt,
        actor: admin,
        action: "assessment.started",
        recordType: "assessment",
        recordId: id,
        summary: `Started the ${year} assessment`,
        changes: { year, catalogVersion: CATALOG_VERSION, carriedFromYear: previous ? year - 1 : null },
      });
      for (const requirement of applicable) {
        for (const question of requirement.questions) {
          const best = question.options.find((option) => option.isMostEffective)!;
          const others = question.options.filter((option) => !option.isMostEffective);
          const option = others.length > 0 && random.chance(gapChance) ? random.pick(others) : best;
          const at = officeInstant(random, dayBetween(random, startedOn, finalizedOn));
          insertAnswer.run(id, question.id, option.value, admin.id, at, admin.id, at);
          const number = requirement.questions.indexOf(question) + 1;
          context.audit.record({
            at,
            actor: admin,
            action: "assessment.answered",
            recordType: "assessment",
            recordId: id,
            summary: `Answered "${option.label}" to question ${number} of ${citation(requirement)} in the ${year} assessment`,
            changes: { questionId: question.id, value: { from: null, to: option.value } },
          });
          if (option === best) answered.push({ assessmentId: id, year, requirement, question, at });
        }
        if (requirement.status === "addressable") {
          const at = officeInstant(random, dayBetween(random, startedOn, finalizedOn));
          insertDecision.run(id, requirement.id, "In place as the practice's policy describes.", admin.id, at);
          context.audit.record({
            at,
            actor: admin,
            action: "assessment.addressable-decided",
            recordType: "assessment",
            recordId: id,
            summary: `Decided on ${citation(requirement)} in the ${year} assessment: ${ADDRESSABLE_DECISION_LABELS.implemented}`,
            changes: { requirementId: requirement.id, decision: { from: null, to: "implemented" } },
          });
        }
      }
      for (const safeguard of SAFEGUARDS) {
        const at = officeInstant(random, finalizedOn);
        insertReview.run(id, safeguard, admin.id, at, "Walked through with the dentist at the yearly compliance meeting.");
        context.audit.record({
          at,
          actor: admin,
          action: "assessment.section-reviewed",
          recordType: "assessment",
          recordId: id,
          summary: `Signed off ${SAFEGUARD_LABELS[safeguard]} in the ${year} assessment as reviewed`,
          changes: { safeguard, note: "Walked through with the dentist at the yearly compliance meeting." },
        });
      }
      const gaps = rankGaps(readSnapshot(db, { id, finalized_profile: JSON.stringify(profile) } as AssessmentRow));
      for (const gap of gaps) {
        const requirement = applicable.find((candidate) => candidate.id === gap.requirementId)!;
        const question = requirement.questions.find((candidate) => candidate.id === gap.questionId)!;
        const title = `${citation(requirement)}: ${question.text}`;
        const itemId = random.uuid();
        const doneOn = dayBetween(random, finalizedOn, `${year}-12-15`);
        insertItem.run(
          itemId,
          id,
          gap.questionId,
          title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title,
          gap.severity,
          admin.id,
          `${year}-12-31`,
          "Done with the IT provider; see the next year's answer.",
          admin.id,
          finalizedAt,
          admin.id,
          officeInstant(random, doneOn),
          officeInstant(random, doneOn),
        );
        context.audit.record({ at: finalizedAt, actor: admin, action: "action-item.created", recordType: "action-item", recordId: itemId, summary: `Added the action item "${title.slice(0, 120)}" to the remediation plan` });
        context.audit.record({ at: officeInstant(random, doneOn), actor: admin, action: "action-item.updated", recordType: "action-item", recordId: itemId, summary: `Marked the action item "${title.slice(0, 120)}" done` });
      }
      context.audit.record({
        at: finalizedAt,
        actor: admin,
        action: "assessment.finalized",
        recordType: "assessment",
        recordId: id,
        summary: `Finalized the ${year} assessment; it can no longer be changed`,
        changes: { status: { from: "in-progress", to: "finalized" }, gaps: gaps.length },
      });
    })();
    previous = id;
  }
  attachEvidence(context, random, answered);
}

/** Evidence files (a backup log, a screenshot of a setting) stored as BLOBs the way evidenceService stores them. */
function attachEvidence(context: GrowthContext, random: SeededRandom, answered: { assessmentId: string; year: number; requirement: Requirement; question: Question; at: string }[]): void {
  const { db, admin } = context;
  const sizes = context.files.sizesFor("evidence", random);
  if (answered.length === 0) return;
  const insert = db.prepare(
    `INSERT INTO evidence (id, assessment_id, question_id, file_name, mime_type, size, sha256, content, added_by, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const chosen = random.sample(answered, sizes.length);
  sizes.forEach((size, index) => {
    const target = chosen[index % chosen.length]!;
    const kind = random.pick(["pdf", "pdf", "pdf", "png", "jpg"] as const);
    const stem = `${target.year}-${target.requirement.standard.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "")}-${index + 1}`;
    const file = context.files.make(kind, stem, size);
    const id = random.uuid();
    db.transaction(() => insert.run(id, target.assessmentId, target.question.id, file.fileName, file.mimeType, file.size, file.sha256, file.content, admin.id, target.at))();
    context.audit.record({
      at: target.at,
      actor: admin,
      action: "evidence.attached",
      recordType: "evidence",
      recordId: id,
      summary: `Attached "${file.fileName}" as evidence to ${citation(target.requirement)} in the ${target.year} assessment`,
      changes: { assessmentId: target.assessmentId, questionId: target.question.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.size, sha256: file.sha256 },
    });
  });
}
