import { describe, expect, it } from "vitest";
import { contract, type ChannelName } from "../../src/shared/ipc/contract";
import { roleMayUse, type AccessLevel, type Role } from "../../src/shared/model/roles";

describe("roles", () => {
  it.each<[Role, AccessLevel, boolean]>([
    ["readonly", "public", true],
    ["readonly", "read", true],
    ["readonly", "edit", false],
    ["readonly", "admin", false],
    ["staff", "read", true],
    ["staff", "edit", true],
    ["staff", "admin", false],
    ["administrator", "admin", true],
  ])("%s may use %s channels: %s", (role, level, allowed) => {
    expect(roleMayUse(role, level)).toBe(allowed);
  });

  it("gives user management, settings and the practice profile to Administrators only", () => {
    for (const name of ["users.create", "users.update", "users.remove", "users.resetPassword", "settings.update", "practice.update", "recoveryKey.replace"] as const) {
      expect(contract[name].access, name).toBe("admin");
    }
  });

  it("leaves only the channels needed to set up, unlock, restore or look at the sample open while locked", () => {
    const publicChannels = Object.entries(contract)
      .filter(([, spec]) => spec.access === "public")
      .map(([name]) => name)
      .sort();
    expect(publicChannels).toEqual([
      // A locked, damaged or new vault can be restored or imported; each asks for the backup's own credentials.
      "archive.import",
      "backup.choosePath",
      "backup.inspect",
      "backup.list",
      "backup.restore",
      // The sample practice has its own vault and published sign-in; opening it locks the practice's vault.
      "sample.leave",
      "sample.open",
      "session.recover",
      "session.unlock",
      "vault.create",
      "vault.setAsideDamaged",
      "vault.status",
    ]);
  });
});

/**
 * Every channel's access level, written out. A channel added, removed or given another level must be
 * changed here as well, so the change is read in review instead of slipping through with a refactor.
 */
const EXPECTED_ACCESS: Record<ChannelName, AccessLevel> = {
  "vault.status": "public",
  "vault.create": "public",
  "vault.setAsideDamaged": "public",
  "vault.check": "read",

  "session.unlock": "public",
  "session.recover": "public",
  "session.current": "read",
  "session.lock": "read",
  "session.activity": "read",
  "session.changePassword": "read",

  "recoveryKey.confirm": "admin",
  "recoveryKey.replace": "admin",

  "practice.get": "read",
  "practice.update": "admin",

  "settings.get": "read",
  "settings.update": "admin",

  "users.list": "read",
  "users.create": "admin",
  "users.update": "admin",
  "users.remove": "admin",
  "users.resetPassword": "admin",

  "audit.list": "read",
  "audit.verify": "read",
  "audit.exportCsv": "read",

  "assessment.list": "read",
  "assessment.start": "edit",
  "assessment.get": "read",
  "assessment.answer": "edit",
  "assessment.confirmCarried": "edit",
  "assessment.setNotApplicable": "edit",
  "assessment.decideAddressable": "edit",
  "assessment.reviewSection": "edit",
  "assessment.results": "read",
  "assessment.finalize": "admin",

  "evidence.attach": "edit",
  "evidence.list": "read",
  "evidence.download": "read",
  "evidence.remove": "edit",

  "actionItems.list": "read",
  "actionItems.createFromGap": "edit",
  "actionItems.update": "edit",

  "reports.kinds": "read",
  "reports.preview": "read",
  "reports.export": "read",
  "reports.register": "read",
  "reports.verify": "read",

  "certificate.get": "read",
  "certificate.renew": "admin",

  "risk.scales": "read",
  "risk.list": "read",
  "risk.start": "edit",
  "risk.get": "read",
  "risk.update": "edit",
  "risk.assets.add": "edit",
  "risk.assets.addFromTemplates": "edit",
  "risk.assets.update": "edit",
  "risk.assets.retire": "edit",
  "risk.pairs.suggest": "read",
  "risk.pairs.add": "edit",
  "risk.pairs.update": "edit",
  "risk.pairs.remove": "edit",
  "risk.pairs.approveAcceptance": "admin",
  "risk.mitigations.add": "edit",
  "risk.finalize": "admin",
  "risk.compare": "read",
  "risk.triggers.add": "edit",
  "risk.heatMap": "read",
  "risk.register": "read",

  "backup.status": "read",
  "backup.create": "admin",
  "backup.updateSettings": "admin",
  "backup.list": "public",
  "backup.inspect": "public",
  "backup.restore": "public",
  "backup.choosePath": "public",

  "archive.export": "admin",
  "archive.import": "public",

  "sample.open": "public",
  "sample.leave": "public",

  "dashboard.get": "read",

  "incidents.list": "read",
  "incidents.get": "read",
  "incidents.assetChoices": "read",
  "incidents.create": "edit",
  "incidents.update": "edit",
  "incidents.setStatus": "edit",
  "incidents.steps.add": "edit",
  "incidents.steps.update": "edit",
  "incidents.openRiskReview": "edit",
  "incidents.assessment.save": "edit",
  "incidents.assessment.signOff": "admin",
  "incidents.assessment.withdrawSignOff": "admin",
  "incidents.letter.get": "read",
  "incidents.letter.save": "edit",
  "incidents.letter.pdf": "read",
  "incidents.notices.add": "edit",
  "incidents.deadlines": "read",
  "incidents.smallBreaches": "read",

  "vendors.list": "read",
  "vendors.warnings": "read",
  "vendors.get": "read",
  "vendors.add": "edit",
  "vendors.update": "edit",
  "vendors.baa.recordSigned": "edit",
  "vendors.files.attach": "edit",
  "vendors.files.download": "read",
  "vendors.files.remove": "edit",
  "vendors.questionnaire.save": "edit",
  "vendors.documents.requestLetter": "read",
  "vendors.documents.baaDraft": "read",

  "policies.list": "read",
  "policies.generate": "edit",
  "policies.get": "read",
  "policies.edit": "edit",
  "policies.redraft": "edit",
  "policies.approve": "admin",
  "policies.review": "admin",
  "policies.acknowledge": "edit",

  "workforce.list": "read",
  "workforce.get": "read",
  "workforce.add": "edit",
  "workforce.update": "edit",
  "workforce.terminate": "edit",
  "workforce.removalStep.complete": "edit",
  "workforce.import.preview": "edit",
  "workforce.import.commit": "edit",

  "training.topics.list": "read",
  "training.topics.add": "edit",
  "training.topics.update": "edit",
  "training.sessions.list": "read",
  "training.sessions.add": "edit",
  "training.completions.record": "edit",
  "training.completions.page": "read",
  "training.certificates.attach": "edit",
  "training.certificates.download": "read",
  "training.certificates.remove": "edit",
  "training.due": "read",
  "training.settings.get": "read",
  "training.settings.update": "admin",

  "tasks.list": "read",
  "tasks.create": "edit",
  "tasks.update": "edit",
  "tasks.complete": "edit",
  "tasks.history": "read",
  "tasks.downloadEvidence": "read",
  "tasks.exportCalendar": "read",
};

/** Words that, leading any part of a channel's name ("incidents.assessment.signOff"), say it changes something. */
const WRITE_WORDS = new Set([
  "acknowledge", "add", "answer", "approve", "attach", "change", "commit", "complete", "confirm", "create", "decide", "delete",
  "edit", "finalize", "generate", "import", "lock", "open", "record", "redraft", "remove", "renew", "replace", "reset",
  "restore", "retire", "review", "save", "set", "sign", "start", "terminate", "update", "withdraw",
]);

/**
 * The channels named like a write that a Read-only user, or nobody signed in, may still call, each
 * for a reason. Adding one here is a decision about who may change what; say why beside it.
 */
const WRITES_OPEN_TO_EVERYONE: Record<string, AccessLevel> = {
  // First-run setup: there is no account yet to check; the service refuses when a vault exists.
  "vault.create": "public",
  // A damaged vault cannot be unlocked; this moves its files aside, deletes nothing, and refuses a sound vault.
  "vault.setAsideDamaged": "public",
  // Restoring or importing works on a locked or damaged vault; each asks for the backup's own sign-in.
  "backup.restore": "public",
  "archive.import": "public",
  // Opens the sample practice's own vault (locking the practice's); no record of the practice changes.
  "sample.open": "public",
  // Every signed-in user may lock the app, and change their own password (which asks for the current one).
  "session.lock": "read",
  "session.changePassword": "read",
};

function namedLikeAWrite(name: string): boolean {
  return name.split(".").some((part) => WRITE_WORDS.has(/^[a-z]+/.exec(part)?.[0] ?? ""));
}

describe("the role table", () => {
  it("gives every channel of the contract exactly the access level listed here", () => {
    const actual = Object.fromEntries(Object.entries(contract).map(([name, spec]) => [name, spec.access]));
    expect(actual).toEqual(EXPECTED_ACCESS);
  });

  it("never opens a channel named like a write to Read-only users or to nobody, except the reasoned few", () => {
    const openWrites = Object.entries(contract)
      .filter(([name, spec]) => namedLikeAWrite(name) && (spec.access === "read" || spec.access === "public"))
      .map(([name, spec]) => [name, spec.access] as const);
    expect(Object.fromEntries(openWrites)).toEqual(WRITES_OPEN_TO_EVERYONE);
  });

  it("reads a write in a channel's name the way the check above relies on", () => {
    for (const name of ["users.create", "incidents.assessment.signOff", "vault.setAsideDamaged", "workforce.import.preview", "training.completions.record"]) {
      expect(namedLikeAWrite(name), name).toBe(true);
    }
    for (const name of ["settings.get", "recoveryKey.status", "workforce.removalStep.list", "audit.exportCsv", "session.unlock"]) {
      expect(namedLikeAWrite(name), name).toBe(false);
    }
  });
});
