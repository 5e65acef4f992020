import type { assessmentChannels } from "../../shared/ipc/assessmentChannels";
import { createActionItemFromGap, listActionItems, updateActionItem } from "../services/actionItemService";
import { answerQuestion, confirmCarried } from "../services/assessmentAnswerService";
import { assessmentResults, finalizeAssessment, getAssessment, listAssessments, startAssessment } from "../services/assessmentService";
import { attachEvidence, downloadEvidence, listEvidence, removeEvidence } from "../services/evidenceService";
import { decideAddressable, setNotApplicable } from "../services/requirementDecisionService";
import { reviewSection } from "../services/sectionReviewService";
import type { Handler } from "./handlers";

type AssessmentChannelName = keyof typeof assessmentChannels;

/** The assessment, evidence and remediation-plan channels; the dispatcher has checked payload and role. */
export const assessmentHandlers: { [C in AssessmentChannelName]: Handler<C> } = {
  "assessment.list": (_, session) => listAssessments(session.requireSignedIn().vault.db),
  "assessment.start": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return startAssessment(vault.db, actor, payload);
  },
  "assessment.get": (payload, session) => getAssessment(session.requireSignedIn().vault.db, payload.assessmentId),
  "assessment.answer": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return answerQuestion(vault.db, actor, payload);
  },
  "assessment.confirmCarried": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return confirmCarried(vault.db, actor, payload);
  },
  "assessment.setNotApplicable": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return setNotApplicable(vault.db, actor, payload);
  },
  "assessment.decideAddressable": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return decideAddressable(vault.db, actor, payload);
  },
  "assessment.reviewSection": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return reviewSection(vault.db, actor, payload);
  },
  "assessment.results": (payload, session) => assessmentResults(session.requireSignedIn().vault.db, payload.assessmentId),
  "assessment.finalize": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return finalizeAssessment(vault.db, actor, payload.assessmentId);
  },
  "evidence.attach": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return attachEvidence(vault.db, actor, payload);
  },
  "evidence.list": (payload, session) => listEvidence(session.requireSignedIn().vault.db, payload),
  "evidence.download": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return downloadEvidence(vault.db, actor, payload.evidenceId);
  },
  "evidence.remove": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    removeEvidence(vault.db, actor, payload.evidenceId);
    return null;
  },
  "actionItems.list": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return listActionItems(vault.db, actor, payload);
  },
  "actionItems.createFromGap": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return createActionItemFromGap(vault.db, actor, payload);
  },
  "actionItems.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateActionItem(vault.db, actor, payload);
  },
};
