import { findQuestion } from "../../../shared/catalog";
import type { AssessmentDetail, AssessmentResults, RequirementView } from "../../../shared/model/assessment";
import { ACTION_ITEM_STATUS_LABELS } from "../../../shared/model/actionItem";
import { ADDRESSABLE_DECISION_LABELS } from "../../../shared/rules/assessmentSnapshot";
import { formatTableMoment } from "../../../shared/time/zonedTime";
import { assessmentResults, getAssessment } from "../../services/assessmentService";
import { dataTable, emptySection, factTable, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { isMissingYear, missingYearBody, yearOfRecord, type MissingYear } from "./reportYear";
import type { ReportDocument } from "./types";

export interface GapAssessmentReportData {
  detail: AssessmentDetail;
  results: AssessmentResults;
}

const day = (iso: string, zone: string) => formatTableMoment(iso, zone).slice(0, 10);
const percent = (value: number | null) => (value === null ? "No answers yet" : `${value}%`);
const STATUS_LABEL = { required: "Required", addressable: "Addressable", standard: "Standard" } as const;

function requirementName(requirement: Pick<RequirementView, "standard" | "specification">): string {
  return requirement.specification ?? requirement.standard;
}

function applicabilityText(requirement: RequirementView): string {
  if (requirement.applicability.applies) return "Applies";
  return `Not applicable: ${requirement.applicability.reason}`;
}

export const gapAssessmentReport: ReportDocument<GapAssessmentReportData | MissingYear> = {
  kind: "gap-assessment",
  description: "Where the practice stands on every Security Rule standard and specification: the answers, the addressable decisions with their reasons, the scores and the gaps.",

  collect({ db, period }) {
    const year = yearOfRecord(db, period, "assessments", "safeguard assessment");
    if (isMissingYear(year)) return year;
    const id = db.prepare("SELECT id FROM assessments WHERE year = ?").pluck().get(year) as string;
    return { detail: getAssessment(db, id), results: assessmentResults(db, id) };
  },

  layout(data, frame): DocumentBody {
    if (isMissingYear(data)) {
      return missingYearBody(data, "The Gap Assessment shows where the practice stands on every standard and implementation specification of the HIPAA Security Rule (45 CFR 164.308 to 164.316), from the year's safeguard assessment in Safeguard Desk.");
    }
    const { detail, results } = data;
    const zone = frame.practice.timeZone;
    const summary = detail.assessment;
    const finalized = summary.status === "finalized";
    const decisions = detail.sections.flatMap((section) => section.requirements.filter((requirement) => requirement.decision !== null));
    const notApplicable = detail.sections.flatMap((section) => section.requirements.filter((requirement) => !requirement.applicability.applies));

    return {
      coverFacts: [
        { label: "Assessment year", value: String(summary.year) },
        { label: "Status", value: finalized ? `Finalized ${day(summary.finalizedAt!, zone)} by ${summary.finalizedBy?.name ?? "—"}` : "In progress (not finalized)" },
        { label: "Overall score", value: percent(results.overall.percent) },
        { label: "Questions answered", value: `${summary.progress.answered} of ${summary.progress.total}` },
        { label: "Gaps", value: String(results.gaps.length) },
      ],
      coverNotice: finalized
        ? null
        : { tone: "problem", title: "Draft: this assessment is not finalized", text: "Answers may still change. Finalize the assessment in Safeguard Desk before giving this report to an auditor." },
      sections: [
        sectionHeading("About this assessment"),
        paragraph(
          `${frame.practice.name} answered plain-language questions about every standard and implementation specification of the HIPAA Security Rule ` +
            "(45 CFR 164.308, 164.310, 164.312, 164.314 and 164.316). For each addressable specification the practice documented whether it is implemented, " +
            "met by an equivalent alternative, or not reasonable and appropriate with its reason and what is done instead (45 CFR 164.306(d)(3)).",
        ),
        factTable([
          { label: "Started", value: `${day(summary.startedAt, zone)} by ${summary.startedBy.name}` },
          { label: "Carried forward from", value: summary.carriedFrom ? `The ${summary.carriedFrom.year} assessment, each answer confirmed or changed` : "Nothing: a new assessment" },
          { label: "Catalog version", value: summary.catalogVersion },
        ]),

        sectionHeading("Scores"),
        paragraph(results.scoringMethod),
        dataTable(
          [
            { header: "Safeguard category", width: "*" },
            { header: "Score", width: 54, align: "right" },
            { header: "In place", width: 44, align: "right" },
            { header: "Partly", width: 40, align: "right" },
            { header: "No", width: 30, align: "right" },
            { header: "Don't know", width: 48, align: "right" },
            { header: "Reviewed by", width: 90 },
          ],
          [
            ...results.sections.map((section) => {
              const review = detail.sections.find((candidate) => candidate.safeguard === section.safeguard)?.review;
              return [
                section.label,
                percent(section.percent),
                section.met,
                section.partial,
                section.notMet,
                section.unknown,
                review ? `${review.reviewedBy.name}, ${day(review.reviewedAt, zone)}` : "Not reviewed",
              ];
            }),
            ["Overall", percent(results.overall.percent), results.overall.met, results.overall.partial, results.overall.notMet, results.overall.unknown, ""],
          ],
          { fontSize: 8 },
        ),

        sectionHeading("Gaps, most serious first"),
        smallPrint(results.gapRanking),
        results.gaps.length
          ? dataTable(
              [
                { header: "#", width: 18, align: "right" },
                { header: "Citation", width: 84 },
                { header: "Safeguard", width: "*" },
                { header: "Answer", width: 60 },
                { header: "Severity", width: 44 },
                { header: "Remediation", width: 66 },
              ],
              results.gaps.map((gap) => [
                gap.rank,
                gap.cfr,
                `${gap.name} (${STATUS_LABEL[gap.requirementStatus]}). ${findQuestion(gap.questionId)?.text ?? ""}`,
                findQuestion(gap.questionId)?.options.find((option) => option.value === gap.answerValue)?.label ?? gap.answerValue,
                gap.severity[0]!.toUpperCase() + gap.severity.slice(1),
                gap.actionItem ? ACTION_ITEM_STATUS_LABELS[gap.actionItem.status] : "No action item",
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("every answered question shows the safeguard in place."),

        sectionHeading("Addressable decisions"),
        decisions.length
          ? dataTable(
              [
                { header: "Citation", width: 84 },
                { header: "Specification", width: 90 },
                { header: "Decision", width: 90 },
                { header: "Reason and what is done instead", width: "*" },
              ],
              decisions.map((requirement) => [
                requirement.cfr,
                requirementName(requirement),
                ADDRESSABLE_DECISION_LABELS[requirement.decision!.kind],
                [requirement.decision!.description, requirement.decision!.rationale].filter((part) => part.trim()).join(" ") +
                  ` (${requirement.decision!.decidedBy.name}, ${day(requirement.decision!.decidedAt, zone)})`,
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("no addressable specification has a documented decision yet."),
        subHeading("Not applicable"),
        notApplicable.length
          ? dataTable(
              [
                { header: "Citation", width: 84 },
                { header: "Requirement", width: 120 },
                { header: "Why it does not apply", width: "*" },
              ],
              notApplicable.map((requirement) => [requirement.cfr, requirementName(requirement), applicabilityText(requirement).replace(/^Not applicable: /, "")]),
              { fontSize: 7.5 },
            )
          : emptySection("every requirement applies to the practice."),

        ...detail.sections.flatMap((section) => [
          sectionHeading(`Answers: ${section.label}`),
          dataTable(
            [
              { header: "Citation", width: 80 },
              { header: "Question", width: "*" },
              { header: "Answer", width: 70 },
              { header: "Answered by", width: 76 },
            ],
            section.requirements.flatMap((requirement) =>
              requirement.questions.map((question) => [
                `${requirement.cfr} ${STATUS_LABEL[requirement.status][0]}`,
                (findQuestion(question.id)?.text ?? question.id) + (question.notes.trim() ? `\nNote: ${question.notes.trim()}` : ""),
                !requirement.applicability.applies ? "Not applicable" : question.answer ? question.answer.label : "Not answered",
                question.answer ? `${question.answer.answeredBy.name}, ${day(question.answer.answeredAt, zone)}` : "—",
              ]),
            ),
            { fontSize: 7 },
          ),
        ]),
        smallPrint("In the citation column, R marks a required specification, A an addressable one and S a standard."),
      ],
    };
  },
};
