import { z } from "zod";
import {
  addNoticeSchema,
  addResponseStepSchema,
  byIncidentIdSchema,
  byIncidentSchema,
  createIncidentSchema,
  openRiskReviewSchema,
  saveBreachAssessmentSchema,
  saveBreachLetterSchema,
  setIncidentStatusSchema,
  signOffAssessmentSchema,
  smallBreachYearSchema,
  updateIncidentSchema,
  updateResponseStepSchema,
  withdrawSignOffSchema,
  type BreachLetter,
  type BreachLetterPdf,
  type IncidentAssetChoices,
  type IncidentDetail,
  type IncidentSummary,
  type OpenIncidentDeadline,
  type SmallBreachLog,
} from "../model/incident";
import { channel } from "./channel";

const nothing = z.object({}).strict();

/**
 * Security incidents (45 CFR 164.308(a)(6)) and breach notification (164.400 to 164.414). Reading
 * needs any signed-in role; recording needs Staff; signing off a breach assessment, the practice's
 * documented decision, needs an Administrator.
 */
export const incidentChannels = {
  "incidents.list": channel<IncidentSummary[]>()(nothing, "read"),
  "incidents.get": channel<IncidentDetail>()(byIncidentSchema, "read"),
  /** The current risk analysis's assets, to say which systems an incident touched. */
  "incidents.assetChoices": channel<IncidentAssetChoices>()(nothing, "read"),
  "incidents.create": channel<IncidentDetail>()(createIncidentSchema, "edit"),
  "incidents.update": channel<IncidentDetail>()(updateIncidentSchema, "edit"),
  "incidents.setStatus": channel<IncidentDetail>()(setIncidentStatusSchema, "edit"),
  "incidents.steps.add": channel<IncidentDetail>()(addResponseStepSchema, "edit"),
  "incidents.steps.update": channel<IncidentDetail>()(updateResponseStepSchema, "edit"),
  /** Records the incident as an event that calls for reviewing the risk analysis (trigger kind "incident"). */
  "incidents.openRiskReview": channel<IncidentDetail>()(openRiskReviewSchema, "edit"),
  "incidents.assessment.save": channel<IncidentDetail>()(saveBreachAssessmentSchema, "edit"),
  "incidents.assessment.signOff": channel<IncidentDetail>()(signOffAssessmentSchema, "admin"),
  "incidents.assessment.withdrawSignOff": channel<IncidentDetail>()(withdrawSignOffSchema, "admin"),
  /** The saved letter to individuals, or a draft made from the incident and the practice. */
  "incidents.letter.get": channel<BreachLetter>()(byIncidentIdSchema, "read"),
  "incidents.letter.save": channel<BreachLetter>()(saveBreachLetterSchema, "edit"),
  /** The saved letter as a PDF; the export is recorded in the audit log. */
  "incidents.letter.pdf": channel<BreachLetterPdf>()(byIncidentIdSchema, "read"),
  "incidents.notices.add": channel<IncidentDetail>()(addNoticeSchema, "edit"),
  /** Deadlines whose notice is not yet logged, soonest first. */
  "incidents.deadlines": channel<OpenIncidentDeadline[]>()(nothing, "read"),
  /** Breaches of fewer than 500 individuals discovered in a year: the annual report to HHS (164.408(c)). */
  "incidents.smallBreaches": channel<SmallBreachLog>()(smallBreachYearSchema, "read"),
} as const;
