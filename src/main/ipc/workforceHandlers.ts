import type { workforceChannels } from "../../shared/ipc/workforceChannels";
import { removeUserSlot } from "../vault/vault";
import { attachCertificate, downloadCertificate, removeCertificate } from "../workforce/certificateService";
import { pageCompletions, recordCompletion } from "../workforce/completionService";
import { commitImport, previewImport } from "../workforce/rosterImport";
import { addMember, completeRemovalStep, listRoster, memberDetail, terminateMember, updateMember } from "../workforce/rosterService";
import { addSession, addTopic, listSessions, listTopics, updateTopic } from "../workforce/topicService";
import { trainingDueView } from "../workforce/trainingDueService";
import { readTrainingSettings, updateTrainingSettings } from "../workforce/trainingSettingsService";
import type { Handler } from "./handlers";

type WorkforceHandlers = { [C in keyof typeof workforceChannels]: Handler<C> };

/** The roster's and training's handlers, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const workforceHandlers: WorkforceHandlers = {
  "workforce.list": (_, session) => listRoster(session.requireSignedIn().vault.db),
  "workforce.get": (payload, session) => memberDetail(session.requireSignedIn().vault.db, payload.memberId),
  "workforce.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addMember(vault.db, actor, payload);
  },
  "workforce.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateMember(vault.db, actor, payload);
  },
  "workforce.terminate": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return terminateMember(vault.db, actor, payload);
  },
  "workforce.removalStep.complete": (payload, session) => {
    const { vault, actor, user } = session.requireSignedIn();
    return completeRemovalStep(vault.db, actor, payload, {
      mayRemoveAccounts: user.role === "administrator",
      removeKeySlot: (userId) => removeUserSlot(vault, userId),
    });
  },
  "workforce.import.preview": (payload, session) => previewImport(session.requireSignedIn().vault.db, payload.csvText),
  "workforce.import.commit": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return commitImport(vault.db, actor, payload.rows);
  },
  "training.topics.list": (_, session) => listTopics(session.requireSignedIn().vault.db),
  "training.topics.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addTopic(vault.db, actor, payload);
  },
  "training.topics.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateTopic(vault.db, actor, payload);
  },
  "training.sessions.list": (_, session) => listSessions(session.requireSignedIn().vault.db),
  "training.sessions.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addSession(vault.db, actor, payload);
  },
  "training.completions.record": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return recordCompletion(vault.db, actor, payload);
  },
  "training.completions.page": (payload, session) => pageCompletions(session.requireSignedIn().vault.db, payload),
  "training.certificates.attach": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return attachCertificate(vault.db, actor, payload);
  },
  "training.certificates.download": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return downloadCertificate(vault.db, actor, payload.certificateId);
  },
  "training.certificates.remove": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    removeCertificate(vault.db, actor, payload.certificateId);
    return null;
  },
  "training.due": (_, session) => trainingDueView(session.requireSignedIn().vault.db),
  "training.settings.get": (_, session) => readTrainingSettings(session.requireSignedIn().vault.db),
  "training.settings.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateTrainingSettings(vault.db, actor, payload);
  },
};
