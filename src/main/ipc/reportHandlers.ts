import type { reportChannels } from "../../shared/ipc/reportChannels";
import type { ReportKind } from "../../shared/model/reports";
import { AppFailure } from "../core/appFailure";
import type { VaultSession } from "../core/vaultSession";
import { issueCertificate, myCertificates } from "../reports/certificateStore";
import { reportKinds } from "../reports/documents";
import { listRegister } from "../reports/reportRegister";
import { exportReport, previewReport, verifyReport, type ReportHooks } from "../reports/reportService";
import { readPractice } from "../services/practiceService";
import type { Handler } from "./handlers";

type ReportChannelName = keyof typeof reportChannels;

/** Passes the worker's progress on to the window, so a long export shows how far it has got. */
function progressTo(session: VaultSession, kind: ReportKind): ReportHooks {
  return { onProgress: (progress) => session.notify({ type: "report-progress", kind, ...progress }) };
}

/** The handlers of reportChannels, spread into `handlers`. */
export const reportHandlers: { [C in ReportChannelName]: Handler<C> } = {
  "reports.kinds": () => reportKinds(),
  "reports.preview": (payload, session) => previewReport(session.requireSignedIn(), payload, progressTo(session, payload.kind)),
  "reports.export": async (payload, session) => {
    const signedIn = session.requireSignedIn();
    if (payload.sign) {
      // The channel is open to every role for unsigned exports; a signature is an Administrator's act.
      if (signedIn.user.role !== "administrator") {
        throw new AppFailure("FORBIDDEN", "Only an Administrator can sign reports. You can export it without a signature, or ask an Administrator to sign it.");
      }
      await session.confirmPassword(payload.sign.password, "sign.password");
    }
    return exportReport(
      signedIn,
      { kind: payload.kind, period: payload.period, ...(payload.sign ? { sign: { meaning: payload.sign.meaning } } : {}) },
      progressTo(session, payload.kind),
    );
  },
  "reports.register": (payload, session) => listRegister(session.requireSignedIn().vault.db, payload.kind),
  "reports.verify": (payload, session) => verifyReport(session.requireSignedIn().vault.db, Buffer.from(payload.pdfBase64, "base64")),
  "certificate.get": (_, session) => {
    const { vault, user } = session.requireSignedIn();
    return myCertificates(vault.db, user);
  },
  "certificate.renew": async (payload, session) => {
    const { vault, user, actor } = session.requireSignedIn();
    await session.confirmPassword(payload.password, "password");
    return issueCertificate(vault.db, actor, user, readPractice(vault.db).name, "renewed");
  },
};
