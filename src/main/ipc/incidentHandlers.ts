import type { incidentChannels } from "../../shared/ipc/incidentChannels";
import { saveBreachAssessment, signOffBreachAssessment, withdrawSignOff } from "../incidents/breachAssessmentService";
import { listOpenIncidentDeadlines } from "../incidents/incidentDeadlines";
import {
  addResponseStep,
  assetChoices,
  createIncident,
  getIncident,
  listIncidents,
  openRiskReview,
  setIncidentStatus,
  updateIncident,
  updateResponseStep,
} from "../incidents/incidentService";
import { getLetter, letterPdf, saveLetter } from "../incidents/letterService";
import { addNotice } from "../incidents/noticeService";
import { smallBreachLog } from "../incidents/smallBreachLog";
import { practiceToday } from "../risk/riskRecords";
import type { Handler } from "./handlers";

type IncidentHandlers = { [C in keyof typeof incidentChannels]: Handler<C> };

/** The incident and breach handlers, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const incidentHandlers: IncidentHandlers = {
  "incidents.list": (_, session) => listIncidents(session.requireSignedIn().vault.db),
  "incidents.get": (payload, session) => getIncident(session.requireSignedIn().vault.db, payload.id),
  "incidents.assetChoices": (_, session) => assetChoices(session.requireSignedIn().vault.db),
  "incidents.create": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return createIncident(vault.db, actor, payload);
  },
  "incidents.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateIncident(vault.db, actor, payload);
  },
  "incidents.setStatus": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return setIncidentStatus(vault.db, actor, payload);
  },
  "incidents.steps.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addResponseStep(vault.db, actor, payload);
  },
  "incidents.steps.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateResponseStep(vault.db, actor, payload);
  },
  "incidents.openRiskReview": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return openRiskReview(vault.db, actor, payload);
  },
  "incidents.assessment.save": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return saveBreachAssessment(vault.db, actor, payload);
  },
  "incidents.assessment.signOff": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return signOffBreachAssessment(vault.db, actor, payload);
  },
  "incidents.assessment.withdrawSignOff": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return withdrawSignOff(vault.db, actor, payload);
  },
  "incidents.letter.get": (payload, session) => getLetter(session.requireSignedIn().vault.db, payload.incidentId),
  "incidents.letter.save": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return saveLetter(vault.db, actor, payload);
  },
  "incidents.letter.pdf": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return letterPdf(vault.db, actor, payload);
  },
  "incidents.notices.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addNotice(vault.db, actor, payload);
  },
  "incidents.deadlines": (_, session) => {
    const { db } = session.requireSignedIn().vault;
    return listOpenIncidentDeadlines(db, practiceToday(db));
  },
  "incidents.smallBreaches": (payload, session) => smallBreachLog(session.requireSignedIn().vault.db, payload.year),
};
