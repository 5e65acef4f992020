import { z } from "zod";
import { createActionItemFromGapSchema, listActionItemsSchema, updateActionItemSchema, type ActionItem } from "../model/actionItem";
import {
  answerSchema,
  byAssessmentSchema,
  confirmCarriedSchema,
  decideAddressableSchema,
  reviewSectionSchema,
  setNotApplicableSchema,
  startAssessmentSchema,
  type AssessmentDetail,
  type AssessmentResults,
  type AssessmentSummary,
} from "../model/assessment";
import { attachEvidenceSchema, byEvidenceSchema, listEvidenceSchema, type EvidenceDownload, type EvidenceItem } from "../model/evidence";
import { channel } from "./channel";

/**
 * The guided safeguard assessment, its evidence files and the remediation plan. Reading needs any
 * signed-in role; contributing needs Staff; finalizing (which locks the year) needs an Administrator.
 * Every write to an assessment answers with the whole AssessmentDetail, so a screen simply replaces
 * what it shows.
 */
export const assessmentChannels = {
  "assessment.list": channel<AssessmentSummary[]>()(z.object({}).strict(), "read"),
  "assessment.start": channel<AssessmentDetail>()(startAssessmentSchema, "edit"),
  "assessment.get": channel<AssessmentDetail>()(byAssessmentSchema, "read"),
  "assessment.answer": channel<AssessmentDetail>()(answerSchema, "edit"),
  "assessment.confirmCarried": channel<AssessmentDetail>()(confirmCarriedSchema, "edit"),
  "assessment.setNotApplicable": channel<AssessmentDetail>()(setNotApplicableSchema, "edit"),
  "assessment.decideAddressable": channel<AssessmentDetail>()(decideAddressableSchema, "edit"),
  "assessment.reviewSection": channel<AssessmentDetail>()(reviewSectionSchema, "edit"),
  "assessment.results": channel<AssessmentResults>()(byAssessmentSchema, "read"),
  "assessment.finalize": channel<AssessmentDetail>()(byAssessmentSchema, "admin"),
  "evidence.attach": channel<EvidenceItem>()(attachEvidenceSchema, "edit"),
  "evidence.list": channel<EvidenceItem[]>()(listEvidenceSchema, "read"),
  "evidence.download": channel<EvidenceDownload>()(byEvidenceSchema, "read"),
  "evidence.remove": channel<null>()(byEvidenceSchema, "edit"),
  "actionItems.list": channel<ActionItem[]>()(listActionItemsSchema, "read"),
  "actionItems.createFromGap": channel<ActionItem>()(createActionItemFromGapSchema, "edit"),
  "actionItems.update": channel<ActionItem>()(updateActionItemSchema, "edit"),
} as const;
