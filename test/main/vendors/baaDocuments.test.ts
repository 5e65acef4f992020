import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BAA_PROVISIONS } from "../../../src/shared/content/baa/baaDraft";
import { BAA_REQUEST_QUESTIONS } from "../../../src/shared/content/baa/baaRequestLetter";
import { fillTemplate, templateSlots } from "../../../src/shared/content/baa/fillTemplate";
import { baaTemplateValues } from "../../../src/shared/content/baa/templateValues";
import type { VendorDocument } from "../../../src/shared/model/vendor";
import { PRACTICE } from "../../support/testCore";
import { poppler } from "../reports/reportTestKit";
import { type Core, disposeVendorVaults, READER, signInAs, vendorInput, vendorVault } from "./vendorTestKit";

afterAll(disposeVendorVaults);

/** The PDF's text as pdftotext reads it, with line breaks and runs of spaces made single spaces. */
function pdfText(c: Core, document: VendorDocument): string {
  const file = join(c.folder, document.fileName);
  writeFileSync(file, Buffer.from(document.pdfBase64, "base64"));
  const { status, output } = poppler("pdftotext", [file, "-"]);
  expect(status).toBe(0);
  return output.replace(/\s+/g, " ");
}

const flat = (text: string) => text.replace(/\s+/g, " ");

/**
 * The paragraphs of 45 CFR a BAA must carry, written out here (not taken from the template) so that
 * dropping a provision from the template fails this test.
 */
const REQUIRED_CITATIONS = [
  "164.504(e)(2)(i)", // permitted and required uses and disclosures
  "164.504(e)(2)(ii)(A)", // not use or further disclose other than permitted
  "164.504(e)(2)(ii)(B)", // appropriate safeguards, Subpart C for ePHI
  "164.314(a)(2)(i)(A)", // comply with Subpart C
  "164.504(e)(2)(ii)(C)", // report uses and disclosures not provided for
  "164.314(a)(2)(i)(C)", // report security incidents, including breaches
  "164.410", // breaches of unsecured PHI
  "164.504(e)(2)(ii)(D)", // subcontractors agree to the same restrictions
  "164.502(e)(1)(ii)",
  "164.314(a)(2)(i)(B)",
  "164.308(b)(2)",
  "164.504(e)(2)(ii)(E)", // access
  "164.524",
  "164.504(e)(2)(ii)(F)", // amendment
  "164.526",
  "164.504(e)(2)(ii)(G)", // accounting of disclosures
  "164.528",
  "164.504(e)(2)(ii)(H)", // carry out the covered entity's obligations in compliance
  "164.504(e)(2)(ii)(I)", // books and records to the Secretary
  "164.504(e)(2)(ii)(J)", // return or destroy at termination
  "164.504(e)(2)(iii)", // termination on material breach
];

describe("the BAA request letter and the draft BAA", () => {
  let c: Core;
  let vendorId: string;
  let draft: VendorDocument;
  let draftText: string;
  let letter: VendorDocument;
  let letterText: string;

  beforeAll(async () => {
    c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput({ ephiActivities: ["create", "receive", "maintain", "transmit"] }) });
    vendorId = vendor.id;
    draft = await c.must("vendors.documents.baaDraft", { vendorId });
    draftText = pdfText(c, draft);
    letter = await c.must("vendors.documents.requestLetter", { vendorId });
    letterText = pdfText(c, letter);
  });

  it("are PDFs named for the practice and the vendor", () => {
    expect(draft.fileName).toMatch(/^smile-dental-baa-draft-acme-cloud-backup-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(letter.fileName).toMatch(/^smile-dental-baa-request-acme-cloud-backup-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(draft.pdfBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const info = poppler("pdfinfo", [join(c.folder, draft.fileName)]).output;
    expect(info).toMatch(/Title:\s+Business Associate Agreement: Smile Dental and Acme Cloud Backup/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it("the draft names both parties, their addresses, what the vendor does and how it handles ePHI", () => {
    expect(draftText).toContain("Business Associate Agreement");
    expect(draftText).toContain("between Smile Dental and Acme Cloud Backup");
    expect(draftText).toContain(`made between Smile Dental, of ${PRACTICE.address} (the “Practice”) and Acme Cloud Backup, of 400 Harbor Way, Suite 12, Portland, OR 97201 (the “Business Associate”)`);
    expect(draftText).toContain("(Nightly online backup of the practice management database)");
    expect(draftText).toContain("creates, receives, maintains and transmits protected health information");
    expect(draftText).toContain(`For Smile Dental (the Practice)`);
    expect(draftText).toContain(`For Acme Cloud Backup (the Business Associate)`);
    expect(draftText).toContain(PRACTICE.securityOfficial);
    expect(draftText).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it("the draft contains every provision of 164.504(e) and 164.314(a)(2), each citing its paragraph", () => {
    for (const citation of REQUIRED_CITATIONS) expect(draftText, citation).toContain(citation);
    const values = baaTemplateValues({
      practice: { name: PRACTICE.name, address: PRACTICE.address, securityOfficial: PRACTICE.securityOfficial },
      vendor: { name: "Acme Cloud Backup", address: "", contactName: "", services: "", ephiActivities: ["create"], baaStatus: "none" },
      today: "2026-01-01",
    });
    for (const [index, provision] of BAA_PROVISIONS.entries()) {
      expect(draftText, provision.id).toContain(`${index + 1}. ${provision.heading}`);
      expect(draftText, provision.id).toContain(`Rule: ${provision.citations.join(", ")}`);
      for (const text of provision.paragraphs) {
        // Slots that do not depend on the vendor's details are checked word for word.
        if (templateSlots(text).every((slot) => ["reportDays", "practice", "vendor"].includes(slot))) expect(draftText, provision.id).toContain(flat(fillTemplate(text, values)));
      }
    }
  });

  it("the draft says it in plain words: what each provision requires of the vendor", () => {
    for (const phrase of [
      "only to provide its services to the Practice",
      "will not use or further disclose PHI other than as this Agreement permits or requires, or as required by law",
      "appropriate administrative, physical and technical safeguards",
      "Subpart C of 45 CFR Part 164 (the Security Rule)",
      "any security incident it becomes aware of; and any breach of unsecured PHI",
      "no later than 30 calendar days after discovering",
      "agrees in writing to the same restrictions and conditions",
      "available to the Secretary of Health and Human Services",
      "return or destroy all PHI",
      "violated a material term of this Agreement",
    ]) {
      expect(draftText, phrase).toContain(phrase);
    }
  });

  it("the letter asks the vendor's contact for a BAA, names both parties, and is signed off by the Security Official", () => {
    expect(letterText).toContain("Smile Dental");
    // Only the sample practice's letters carry the sample mark (test/main/sample).
    expect(`${letterText} ${draftText}`).not.toContain("SAMPLE");
    expect(letterText).toContain("Re: Request for a Business Associate Agreement");
    expect(letterText).toContain("Dear Dana Whitfield,");
    expect(letterText).toContain("Dana Whitfield Acme Cloud Backup 400 Harbor Way Suite 12 Portland, OR 97201");
    expect(letterText).toContain(
      "Our records show that Acme Cloud Backup creates, receives, maintains and transmits our patients' protected health information when it provides services to us (Nightly online backup of the practice management database).",
    );
    expect(letterText).toContain("We do not have a signed BAA with Acme Cloud Backup on file.");
    expect(letterText).toMatch(/Please do one of the following by [A-Z][a-z]+ \d{1,2}, \d{4}: sign and return the enclosed draft agreement/);
    for (const question of BAA_REQUEST_QUESTIONS) expect(letterText).toContain(flat(question));
    expect(letterText).toContain("Sincerely, Maria Lopez Security Official, Smile Dental");
    expect(letterText).toContain("Enclosure: Business Associate Agreement (draft)");
    expect(letterText).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it("making each one is logged, and a Read-only user may make them too", async () => {
    const audit = await c.must("audit.list", { filter: { action: "vendor.document-made" }, offset: 0, limit: 10 });
    expect(audit.entries.map((entry) => entry.summary).sort()).toEqual([
      "Made a BAA request letter for Acme Cloud Backup",
      "Made a draft Business Associate Agreement for Acme Cloud Backup",
    ]);
    await signInAs(c, READER);
    const again = await c.must("vendors.documents.baaDraft", { vendorId });
    expect(again.fileName).toBe(draft.fileName);
  });

  it("greets the vendor's team when no contact is recorded, and leaves out an address that is not recorded", async () => {
    const other = await vendorVault();
    const vendor = await other.must("vendors.add", { vendor: vendorInput({ name: "Quick Claims", contactName: "", address: "", services: "", ephiActivities: ["receive"] }) });
    const text = pdfText(other, await other.must("vendors.documents.requestLetter", { vendorId: vendor.id }));
    expect(text).toContain("Dear Quick Claims team,");
    expect(text).toContain("Quick Claims receives our patients' protected health information when it provides services to us.");
    const draftOfOther = pdfText(other, await other.must("vendors.documents.baaDraft", { vendorId: vendor.id }));
    expect(draftOfOther).toContain("and Quick Claims (the “Business Associate”)");
  });

  it("asks for a new BAA when the old one expired; a signed one gets no request letter, but a draft to renew it", async () => {
    const other = await vendorVault();
    const expired = await other.must("vendors.add", { vendor: vendorInput({ name: "Old Billing Co", baaStatus: "expired", baaSignedDate: "2020-01-01" }) });
    const text = pdfText(other, await other.must("vendors.documents.requestLetter", { vendorId: expired.id }));
    expect(text).toContain("The BAA we had with Old Billing Co has expired, so we need a new one.");
    const signed = await other.must("vendors.add", { vendor: vendorInput({ name: "Current Co", baaStatus: "signed", baaSignedDate: "2025-01-01" }) });
    expect(await other.call("vendors.documents.requestLetter", { vendorId: signed.id })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/already has a signed Business Associate Agreement/) },
    });
    expect(pdfText(other, await other.must("vendors.documents.baaDraft", { vendorId: signed.id }))).toContain("between Smile Dental and Current Co");
  });

  it("is refused for a vendor that needs no BAA, saying why", async () => {
    const other = await vendorVault();
    const noEphi = await other.must("vendors.add", { vendor: vendorInput({ name: "Window Cleaners", ephiActivities: [] }) });
    expect(await other.call("vendors.documents.baaDraft", { vendorId: noEphi.id })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/not handling patient information/) },
    });
    const conduit = await other.must("vendors.add", { vendor: vendorInput({ name: "Postal Service", baaStatus: "not-needed", baaNotNeededReason: "Conduit exception." }) });
    expect(await other.call("vendors.documents.requestLetter", { vendorId: conduit.id })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/needing no Business Associate Agreement \(Conduit exception\.\)/) },
    });
  });
});
