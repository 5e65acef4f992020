import type { vendorChannels } from "../../shared/ipc/vendorChannels";
import { saveQuestionnaire } from "../vendors/questionnaireService";
import { makeBaaDocument } from "../vendors/vendorDocumentService";
import { attachVendorFile, downloadVendorFile, removeVendorFile } from "../vendors/vendorFileService";
import { practiceToday } from "../vendors/vendorRecords";
import { addVendor, getVendor, listVendors, recordSignedBaa, updateVendor } from "../vendors/vendorService";
import { listVendorWarnings } from "../vendors/vendorWarnings";
import type { Handler } from "./handlers";

type VendorHandlers = { [C in keyof typeof vendorChannels]: Handler<C> };

/** The vendor register's handlers, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const vendorHandlers: VendorHandlers = {
  "vendors.list": (_, session) => listVendors(session.requireSignedIn().vault.db),
  "vendors.warnings": (_, session) => {
    const { db } = session.requireSignedIn().vault;
    return listVendorWarnings(db, practiceToday(db));
  },
  "vendors.get": (payload, session) => getVendor(session.requireSignedIn().vault.db, payload.vendorId),
  "vendors.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addVendor(vault.db, actor, payload);
  },
  "vendors.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateVendor(vault.db, actor, payload);
  },
  "vendors.baa.recordSigned": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return recordSignedBaa(vault.db, actor, payload);
  },
  "vendors.files.attach": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return attachVendorFile(vault.db, actor, payload);
  },
  "vendors.files.download": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return downloadVendorFile(vault.db, actor, payload.fileId);
  },
  "vendors.files.remove": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    removeVendorFile(vault.db, actor, payload.fileId);
    return null;
  },
  "vendors.questionnaire.save": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    saveQuestionnaire(vault.db, actor, payload);
    return getVendor(vault.db, payload.vendorId);
  },
  "vendors.documents.requestLetter": (payload, session) => makeBaaDocument(session.requireSignedIn(), "request-letter", payload.vendorId),
  "vendors.documents.baaDraft": (payload, session) => makeBaaDocument(session.requireSignedIn(), "baa-draft", payload.vendorId),
};
