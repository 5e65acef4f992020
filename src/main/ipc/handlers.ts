import type { ChannelName, ChannelOutput, ChannelPayload } from "../../shared/ipc/contract";
import { auditCsv } from "../audit/auditCsv";
import { appendAudit, iterateAudit, listAudit, verifyAuditChain } from "../audit/auditLog";
import type { VaultSession } from "../core/vaultSession";
import { readPractice, updatePractice } from "../services/practiceService";
import { readSettings, updateSettings } from "../services/settingsService";
import { listUsers, markUserRemoved, updateUser } from "../services/userService";
import { checkVault } from "../services/vaultCheckService";
import { removeUserSlot } from "../vault/vault";
import { assessmentHandlers } from "./assessmentHandlers";
import { reportHandlers } from "./reportHandlers";
import { riskHandlers } from "./riskHandlers";
import { backupHandlers } from "./backupHandlers";
import { sampleHandlers } from "./sampleHandlers";
import { dashboardHandlers } from "./dashboardHandlers";
import { incidentHandlers } from "./incidentHandlers";
import { vendorHandlers } from "./vendorHandlers";
import { policyHandlers } from "./policyHandlers";
import { workforceHandlers } from "./workforceHandlers";
import { taskHandlers } from "./taskHandlers";

export type Handler<C extends ChannelName> = (payload: ChannelPayload<C>, session: VaultSession) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/** One handler per channel; the dispatcher has already validated the payload and the role. */
export const handlers: Handlers = {
  "vault.status": (_, session) => session.status(),
  "vault.create": (payload, session) => session.create(payload.practice, payload.admin),
  "vault.setAsideDamaged": (_, session) => session.setAsideDamaged(),
  "vault.check": (_, session) => {
    const { vault, actor } = session.requireSignedIn();
    return checkVault(vault.db, actor);
  },
  "session.unlock": (payload, session) => session.unlock(payload.username, payload.password),
  "session.recover": (payload, session) => session.recover(payload.recoveryKey, payload.username, payload.newPassword),
  "session.current": (_, session) => session.sessionInfo(),
  "session.lock": (payload, session) => {
    session.lock(payload.reason);
    return null;
  },
  "session.activity": () => null,
  "session.changePassword": async (payload, session) => {
    await session.changePassword(payload.currentPassword, payload.newPassword);
    return null;
  },
  "recoveryKey.confirm": (payload, session) => {
    session.confirmRecoveryKey(payload.answers);
    return null;
  },
  "recoveryKey.replace": (payload, session) => session.replaceRecoveryKey(payload.password),
  "practice.get": (_, session) => readPractice(session.requireSignedIn().vault.db),
  "practice.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updatePractice(vault.db, actor, payload);
  },
  "settings.get": (_, session) => readSettings(session.requireSignedIn().vault.db),
  "settings.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateSettings(vault.db, actor, payload);
  },
  "users.list": (_, session) => listUsers(session.requireSignedIn().vault.db),
  "users.create": (payload, session) => session.createUser(payload),
  "users.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    const user = updateUser(vault.db, actor, payload);
    session.refreshUser();
    return user;
  },
  "users.remove": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    vault.db.transaction(() => {
      markUserRemoved(vault.db, actor, payload.id);
      removeUserSlot(vault, payload.id);
    })();
    return null;
  },
  "users.resetPassword": async (payload, session) => {
    await session.resetPassword(payload.id, payload.newPassword);
    return null;
  },
  "audit.list": (payload, session) => listAudit(session.requireSignedIn().vault.db, payload.filter, payload.offset, payload.limit),
  "audit.verify": (_, session) => verifyAuditChain(session.requireSignedIn().vault.db),
  "audit.exportCsv": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    const csv = auditCsv(iterateAudit(vault.db, payload.filter));
    appendAudit(vault.db, actor, { action: "audit.exported", summary: `${actor.name} exported the audit log as CSV`, changes: { filter: payload.filter } });
    return { fileName: `audit-log-${new Date().toISOString().slice(0, 10)}.csv`, csv };
  },
  ...assessmentHandlers,
  ...reportHandlers,
  ...riskHandlers,
  ...backupHandlers,
  ...sampleHandlers,
  ...dashboardHandlers,
  ...incidentHandlers,
  ...vendorHandlers,
  ...policyHandlers,
  ...workforceHandlers,
  ...taskHandlers,
};
