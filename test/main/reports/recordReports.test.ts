import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../../src/main/reports/verifyPdf";
import { REPORT_KINDS, type ReportKind } from "../../../src/shared/model/reports";
import type { ReportPeriod } from "../../../src/shared/model/reportPeriod";
import { RECORDS_YEAR, seedIncidents, seedPolicies, seedTraining, seedVendors } from "../../support/practiceRecords";
import { ADMIN } from "../../support/testCore";
import { disposeVaults, poppler, practiceVault } from "./reportTestKit";

type Vault = Awaited<ReturnType<typeof practiceVault>>;

afterAll(disposeVaults);

/** Exports a signed report, writes it beside the vault, checks the signature, and answers its text as pdftotext reads it. */
async function signedText(c: Vault, kind: ReportKind, period: ReportPeriod = { year: RECORDS_YEAR }) {
  const exported = await c.must("reports.export", { kind, period, sign: { password: ADMIN.password, meaning: "Approved by the Security Official" } });
  const file = join(c.folder, exported.fileName);
  const bytes = Buffer.from(exported.pdfBase64, "base64");
  writeFileSync(file, bytes);
  const sig = poppler("pdfsig", [file]).output;
  expect(sig).toMatch(/Signature Validation: Signature is Valid/);
  expect(sig).toMatch(/Total document signed/);
  expect(verifyPdf(bytes).verdict).toBe("valid");
  // Without -layout, a table cell's wrapped lines stay together: the flat text reads cell by cell.
  const flat = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
  return { file, flat };
}

const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from) + from.length));

describe("the training, vendor, incident and policy documents", () => {
  let empty: Vault;
  let c: Vault;

  beforeAll(async () => {
    empty = await practiceVault();
    c = await practiceVault();
    await seedTraining(c);
    await seedVendors(c);
    await seedIncidents(c);
    await seedPolicies(c);
  }, 180_000);

  it("lists every kind of document as available", async () => {
    const kinds = await c.must("reports.kinds", {});
    expect(kinds.map((kind) => kind.kind)).toEqual([...REPORT_KINDS]);
    expect(kinds.filter((kind) => !kind.available)).toEqual([]);
  });

  it.each([
    ["training", ["Security Awareness Training Record", "no one is on the workforce roster", "no one completed security training in the period (Calendar year 2026)", "no group training session was recorded"]],
    ["vendors", ["Business Associates and Vendors", "there is no vendor on the register", "no signed agreement has been attached", "no vendor was added, signed a BAA or was let go in the period"]],
    ["incidents", ["Security Incident Log", "no security incident was discovered in the period (Calendar year 2026)", "no breach notice was waiting to be sent", "no breach of fewer than 500 people"]],
    ["policies", ["Policies and Procedures", "No written policies yet", "no policy has been written yet", "no policy is in effect yet, so there is nothing to acknowledge"]],
  ] as const)("makes the %s document for an empty vault, each empty section saying why", async (kind, expected) => {
    const report = await signedText(empty, kind);
    expect(report.flat).toContain("Smile Dental");
    for (const text of expected) expect(report.flat).toContain(text);
    expect(report.flat).toContain("This section is empty because");
  });

  it("makes a signed training record: sessions, who completed what with their typed signature, standing, and who is overdue", async () => {
    const { flat } = await signedText(c, "training");
    for (const expected of [
      "164.308(a)(5)(i)",
      "Lunch and learn in the break room.",
      "“Pat Kim”",
      "“Lee Chen”",
      "I, Pat Kim, completed security awareness training on 2026-03-02, given by Maria Lopez",
      "Sam Ortiz",
      "OVERDUE (5 topics)",
      "First training after hire",
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toMatch(/1 person is overdue for training/);
    // Lee's 2025 course is outside the period: neither in the completions nor in the statements.
    expect(flat).not.toContain("2025-05-10");
    const completed = between(flat, "Training completed Oldest first", "Workforce and training standing");
    expect(completed).toContain("Pat Kim");
    expect(completed).not.toContain("Sam Ortiz");
    expect(flat).toMatch(/Dana Fox Billing Coordinator 2023-02-01 2026-06-30/);
  });

  it("counts training in the period asked for: 2025 holds Lee's course and not the March 2026 session", async () => {
    const { flat } = await signedText(c, "training", { year: 2025 });
    expect(flat).toContain("Online course: HIPAA Security Basics");
    expect(flat).toContain("2025-05-10");
    expect(flat).toContain("no group training session was recorded in the period (Calendar year 2025)");
    expect(flat).not.toContain("Lunch and learn in the break room.");
  });

  it("makes a signed vendor register: the warning first, BAA states, the signed copy, due diligence and former vendors", async () => {
    const { flat } = await signedText(c, "vendors");
    for (const expected of [
      "1 vendor needs action on their Business Associate Agreement",
      "Acme Cloud Backup handles patient information for the practice but has no signed Business Associate Agreement",
      "45 CFR 164.308(b)(1), 164.502(e)(1)",
      "Signed 2026-01-15",
      "Dentrix BAA signed.pdf",
      "Only carries sealed packages: the conduit exception.",
      "The vendor's terms allow 90 days to report a breach",
      "Not asked yet: Acme Cloud Backup.",
      "ShredRight",
    ]) {
      expect(flat).toContain(expected);
    }
    expect(between(flat, "Former vendors Vendor", "Patient information at former vendors")).toContain("2026-02-28");
  });

  it("makes a signed incident log: the breach with its assessment and notices, the closed phishing incident, and what is still owed", async () => {
    const { flat } = await signedText(c, "incidents");
    for (const expected of [
      "Incident 1: Hygienist's laptop stolen from a car",
      "BREACH of unsecured patient information",
      "A breach of unsecured protected health information: notices are owed",
      "The laptop was not encrypted and was stolen",
      "The 40 patients",
      "Incident 2: Phishing e-mail clicked at the front desk",
      "Closed by Maria Lopez",
      "Scanned the computer; nothing found.",
      "Still open from before the period",
      "Door left unlocked overnight",
      "(presumed a breach until assessed)",
      "Discovered in 2026: report due 2027-03-01",
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toMatch(/breach notices? (is|are) past the deadline/);
    // The 2025 incident is not described in a 2026 log, only named as still open.
    expect(flat).not.toContain("Incident 3: Door left unlocked overnight");
  });

  it("makes a signed policy set: the set's standing, approvals, acknowledgments and each policy's full text", async () => {
    const { flat } = await signedText(c, "policies", {});
    for (const expected of [
      "Information security program and Security Official",
      "Access control",
      "DRAFT: not approved",
      "Jamal Reed",
      "Maria Lopez is the practice's Security Official",
      "164.316(b)(2)(iii)",
      "Lee Chen, Pat Kim, Sam Ortiz",
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toMatch(/\d+ policies are not approved/);
  });
});
