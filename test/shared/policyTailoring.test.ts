import { describe, expect, it } from "vitest";
import { applicabilityFor, catalog } from "../../src/shared/catalog";
import { findPolicyTemplate, isKnownCitation, parsePolicyText, POLICY_TEMPLATES, type PolicyContext } from "../../src/shared/content/policies";
import type { PracticeProfile } from "../../src/shared/model/practice";
import { policyFactsFrom, UNKNOWN_FACTS, type InventoryItem, type PolicyFacts } from "../../src/shared/rules/policyFacts";
import { DEFAULT_NOTES, draftPolicy, draftPolicySet, tailorPolicies, UNNAMED_BACKUP_NOTE } from "../../src/shared/rules/policyTailoring";

const PROFILE: PracticeProfile = {
  name: "Smile Dental",
  kind: "dental",
  address: "12 Main Street",
  timeZone: "America/Chicago",
  workforceCount: 8,
  securityOfficial: "Maria Lopez",
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
};

const KNOWN_NONE: PolicyFacts = {
  portableComputers: false,
  mobileDevices: false,
  removableMedia: false,
  remoteAccess: false,
  emailsPatientInfo: false,
  onSiteServer: false,
  offsiteBackup: { kind: "drive" },
};

const bodyOf = (templateId: string, facts: PolicyFacts, profile: PracticeProfile = PROFILE) => draftPolicy(findPolicyTemplate(templateId)!, tailorPolicies(profile, facts));

describe("policy facts from the assessment answers and the risk inventory", () => {
  const item = (kind: InventoryItem["kind"], vendorName = ""): InventoryItem => ({ kind, name: kind, vendorName });
  it.each<[string, Record<string, string | null>, InventoryItem[], Partial<PolicyFacts>]>([
    ["nothing answered, no inventory", {}, [], UNKNOWN_FACTS],
    ["\"I don't know\" says nothing", { "q-310c-3": "unknown", "q-312a2iv-3": "unknown" }, [], { portableComputers: null, mobileDevices: null }],
    ["laptops secured", { "q-310c-3": "secured" }, [], { portableComputers: true }],
    ["laptops not secured still means laptops", { "q-310c-3": "no" }, [], { portableComputers: true }],
    ["no laptops or tablets", { "q-310c-3": "no-portable-devices" }, [], { portableComputers: false }],
    ["a laptop in the inventory wins over an answer of none", { "q-310c-3": "no-portable-devices" }, [item("laptop")], { portableComputers: true }],
    ["a laptop in the inventory without an answer", {}, [item("laptop")], { portableComputers: true }],
    ["no phones", { "q-312a2iv-3": "no-mobile-devices" }, [], { mobileDevices: false }],
    ["phones partly encrypted", { "q-312a2iv-3": "some" }, [], { mobileDevices: true }],
    ["no portable media", { "q-312a2iv-2": "no-portable-media" }, [], { removableMedia: false }],
    ["a backup drive is removable media", { "q-312a2iv-2": "no-portable-media" }, [item("backup-drive")], { removableMedia: true, offsiteBackup: { kind: "drive" } }],
    ["no remote access, said twice", { "q-312a1-2": "no-remote-access", "q-312e2ii-3": "no-remote-access" }, [], { remoteAccess: false }],
    ["remote access said by either question", { "q-312a1-2": "no-remote-access", "q-312e2ii-3": "encrypted" }, [], { remoteAccess: true }],
    ["never e-mailed", { "q-312e2ii-1": "never-emailed" }, [], { emailsPatientInfo: false }],
    ["e-mailed unencrypted", { "q-312e2ii-1": "never" }, [], { emailsPatientInfo: true }],
    ["cloud only, no server", { "q-310a2ii-2": "cloud-only" }, [], { onSiteServer: false }],
    ["server locked away", { "q-310a2ii-2": "locked" }, [], { onSiteServer: true }],
    ["online backup named by its vendor", {}, [item("online-backup", "Carbonite")], { offsiteBackup: { kind: "online", vendor: "Carbonite" } }],
    ["online backup without a vendor name", {}, [item("online-backup")], { offsiteBackup: { kind: "online", vendor: null } }],
    ["online backup wins over a local drive", {}, [item("backup-drive"), item("online-backup", "Backblaze")], { offsiteBackup: { kind: "online", vendor: "Backblaze" } }],
  ])("%s", (_, answers, inventory, expected) => {
    expect(policyFactsFrom(answers, inventory)).toMatchObject(expected);
  });
});

describe("tailoring the policies to the practice", () => {
  it.each<[string, string, PolicyFacts, RegExp | null, RegExp | null]>([
    ["a practice with laptops gets the laptop encryption clause", "access-control", { ...KNOWN_NONE, portableComputers: true }, /Every laptop and tablet .* full-disk encryption/, null],
    ["a practice without laptops gets only the rule for a future one", "access-control", KNOWN_NONE, /Any laptop or tablet the practice starts to use/, /Every laptop and tablet/],
    ["laptops get their own section in workstation security", "workstations", { ...KNOWN_NONE, portableComputers: true }, /## Laptops and tablets/, null],
    ["no laptops, no laptop section", "workstations", KNOWN_NONE, null, /## Laptops and tablets/],
    ["an online backup vendor is named in the contingency plan", "contingency", { ...KNOWN_NONE, offsiteBackup: { kind: "online", vendor: "Carbonite" } }, /the online backup service, Carbonite,/, /rotated/],
    ["an online backup vendor is named among the business associates", "business-associates", { ...KNOWN_NONE, offsiteBackup: { kind: "online", vendor: "Carbonite" } }, /the online backup service, Carbonite;/, null],
    ["a backup drive is rotated off site", "contingency", KNOWN_NONE, /encrypted backup drive that is rotated/, /online backup service/],
    ["no server: cloud vendors back up", "contingency", KNOWN_NONE, /cloud software vendors back up/, /office server/],
    ["a server is locked away", "facility-access", { ...KNOWN_NONE, onSiteServer: true }, /server and network equipment are in a locked room/, /There is no server/],
    ["no e-mail of patient information", "transmission", KNOWN_NONE, /does not send patient information by e-mail/, /## Remote access/],
    ["encrypted e-mail and remote access", "transmission", { ...KNOWN_NONE, emailsPatientInfo: true, remoteAccess: true }, /encrypted e-mail service/, /does not send patient information by e-mail/],
    ["remote access is reviewed", "activity-review", { ...KNOWN_NONE, remoteAccess: true }, /remote-access and remote-support sessions/, null],
    ["no removable media", "device-media", KNOWN_NONE, /does not put patient information on USB drives/, null],
  ])("%s", (_, templateId, facts, present, absent) => {
    const { body } = bodyOf(templateId, facts);
    if (present) expect(body).toMatch(present);
    if (absent) expect(body).not.toMatch(absent);
  });

  it("names the practice and the Security Official", () => {
    const program = bodyOf("security-program", KNOWN_NONE).body;
    expect(program).toContain("Maria Lopez is the practice's Security Official");
    expect(program).toContain("Smile Dental keeps the patient information");
    const other = bodyOf("security-program", KNOWN_NONE, { ...PROFILE, name: "Lakeside Family Dentistry", securityOfficial: "Dr. Ann Chen" }).body;
    expect(other).toContain("Dr. Ann Chen is the practice's Security Official");
    expect(other).toContain("Lakeside Family Dentistry");
  });

  it("adds the clearinghouse and group health plan parts only when the profile says so", () => {
    const plain = draftPolicySet(PROFILE, KNOWN_NONE);
    expect(plain.find((d) => d.templateId === "information-access")!.cfr).not.toContain("164.308(a)(4)(ii)(A)");
    expect(plain.find((d) => d.templateId === "business-associates")!.body).not.toContain("group health plan");
    const both = draftPolicySet({ ...PROFILE, isPartOfClearinghouse: true, sponsorsGroupHealthPlan: true }, KNOWN_NONE);
    const access = both.find((d) => d.templateId === "information-access")!;
    expect(access.cfr).toContain("164.308(a)(4)(ii)(A)");
    expect(access.body).toContain("## Keeping the clearinghouse separate");
    const associates = both.find((d) => d.templateId === "business-associates")!;
    expect(associates.cfr).toEqual(expect.arrayContaining(["164.314(b)(1)", "164.314(b)(2)"]));
    expect(associates.body).toContain("## The group health plan");
  });

  it.each<[string, PolicyFacts, string[]]>([
    ["everything known: no notes", KNOWN_NONE, []],
    ["nothing known: a note on every fact", UNKNOWN_FACTS, ["portableComputers", "mobileDevices", "removableMedia", "remoteAccess", "emailsPatientInfo", "onSiteServer", "offsiteBackup"]],
    ["only laptops unknown", { ...KNOWN_NONE, portableComputers: null }, ["portableComputers"]],
  ])("uses a default where an answer is missing, and says so to the editor: %s", (_, facts, defaulted) => {
    const tailoring = tailorPolicies(PROFILE, facts);
    expect(tailoring.defaulted).toEqual(defaulted);
    for (const fact of defaulted) expect(tailoring.notes[fact as keyof typeof DEFAULT_NOTES]).toBe(DEFAULT_NOTES[fact as keyof typeof DEFAULT_NOTES]);
  });

  it("defaults keep the safeguard in, and the note goes beside the draft, never into its text", () => {
    const draft = bodyOf("access-control", { ...KNOWN_NONE, portableComputers: null });
    expect(draft.body).toMatch(/Every laptop and tablet .* full-disk encryption/);
    expect(draft.editorNotes).toEqual([DEFAULT_NOTES.portableComputers]);
    for (const note of Object.values(DEFAULT_NOTES)) expect(draftPolicySet(PROFILE, UNKNOWN_FACTS).some((d) => d.body.includes(note))).toBe(false);
    // A policy that doesn't depend on laptops gets no note about them.
    expect(bodyOf("sanctions", UNKNOWN_FACTS).editorNotes).toEqual([]);
  });

  it("an unknown backup describes both kinds; an unnamed online backup asks for the vendor's name", () => {
    const either = bodyOf("contingency", { ...KNOWN_NONE, offsiteBackup: null });
    expect(either.body).toMatch(/either by an online backup service .* or on an encrypted backup drive/);
    expect(either.editorNotes).toEqual([DEFAULT_NOTES.offsiteBackup]);
    const unnamed = bodyOf("contingency", { ...KNOWN_NONE, offsiteBackup: { kind: "online", vendor: null } });
    expect(unnamed.body).toContain("the practice's online backup service");
    expect(unnamed.editorNotes).toEqual([UNNAMED_BACKUP_NOTE]);
  });

  it("is pure: the same profile and facts give the same text", () => {
    expect(draftPolicySet(PROFILE, UNKNOWN_FACTS)).toEqual(draftPolicySet(PROFILE, UNKNOWN_FACTS));
  });
});

describe("the policy templates", () => {
  const everyContext: PolicyContext[] = [UNKNOWN_FACTS, KNOWN_NONE].flatMap((facts) =>
    [PROFILE, { ...PROFILE, sponsorsGroupHealthPlan: true, isPartOfClearinghouse: true }].map((profile) => tailorPolicies(profile, facts).context),
  );

  it("cover the policies the issue asks for, each with a unique id", () => {
    expect(POLICY_TEMPLATES.length).toBeGreaterThanOrEqual(21);
    expect(new Set(POLICY_TEMPLATES.map((t) => t.id)).size).toBe(POLICY_TEMPLATES.length);
  });

  it("cite only paragraphs the app can name", () => {
    const cited = POLICY_TEMPLATES.flatMap((t) => [...t.cfr, ...everyContext.flatMap((c) => t.conditionalCfr?.(c) ?? [])]);
    expect(cited.filter((cfr) => !isKnownCitation(cfr))).toEqual([]);
  });

  it("together cover every Security Rule requirement that applies to the practice, and the Breach Notification Rule", () => {
    for (const profile of [PROFILE, { ...PROFILE, sponsorsGroupHealthPlan: true, isPartOfClearinghouse: true }]) {
      const cited = new Set(draftPolicySet(profile, UNKNOWN_FACTS).flatMap((d) => d.cfr));
      const uncovered = catalog.filter((r) => applicabilityFor(r, profile).applies && !cited.has(r.id)).map((r) => r.id);
      expect(uncovered).toEqual([]);
      for (const section of ["164.402", "164.404", "164.406", "164.408", "164.410", "164.414"]) expect(cited.has(section)).toBe(true);
    }
  });

  it.each(POLICY_TEMPLATES.map((t) => [t.id, t] as const))("%s: plain text with sections, ending with the rules it carries out, and no placeholders", (_, template) => {
    for (const facts of [UNKNOWN_FACTS, KNOWN_NONE]) {
      const draft = draftPolicy(template, tailorPolicies(PROFILE, facts));
      const blocks = parsePolicyText(draft.body);
      expect(blocks[0]).toEqual({ kind: "heading", text: "Purpose" });
      const last = blocks.at(-1);
      expect(blocks.at(-2)).toEqual({ kind: "heading", text: "The rules this policy carries out" });
      expect(last?.kind === "list" && last.items).toEqual(draft.cfr.map((cfr) => expect.stringContaining(`45 CFR ${cfr}, `)));
      expect(draft.body).not.toMatch(/TODO|TBD|\[|\{|undefined|null|coming soon/i);
      expect(draft.body).not.toMatch(/\n{3,}/);
    }
  });
});
