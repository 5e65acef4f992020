import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { formatDay } from "../../../src/shared/time/zonedTime";
import { makeTempDir } from "../../support/tempVault";
import { PRACTICE } from "../../support/testCore";
import { poppler } from "../reports/reportTestKit";
import { assessAsBreach, incidentCore, READER, recordIncident, refused, signInAs, type Core } from "./incidentTestKit";

const cores: Core[] = [];
const folders: ReturnType<typeof makeTempDir>[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.dispose());
  folders.splice(0).forEach((folder) => folder.remove());
});

function pdfText(base64: string): string {
  const folder = makeTempDir("incident-letter-");
  folders.push(folder);
  const file = join(folder.path, "letter.pdf");
  writeFileSync(file, Buffer.from(base64, "base64"));
  const { status, output } = poppler("pdftotext", ["-layout", file, "-"]);
  expect(status).toBe(0);
  return output.replace(/\s+/g, " ");
}

describe("the letter to individuals (45 CFR 164.404(c))", () => {
  it("drafts every content element from the incident and the practice", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    await c.must("incidents.steps.add", { incidentId: incident.id, step: { phase: "containment", action: "Disabled the laptop's account and changed all passwords", doneBy: "Acme IT", doneOn: "2025-03-03" } });
    await assessAsBreach(c, incident.id);
    const draft = await c.must("incidents.letter.get", { incidentId: incident.id });
    expect(draft.saved).toBeNull();
    // (A) what happened, with the dates of the breach and of its discovery
    expect(draft.whatHappened).toContain("A laptop with the schedule and X-rays of 40 patients was stolen from a parked car.");
    expect(draft.whatHappened).toContain("The incident happened on March 2, 2025, and we discovered it on March 3, 2025.");
    // (B) the types of unsecured PHI
    expect(draft.informationInvolved).toBe("The information involved may have included your full name, your date of birth, X-rays, photos or scans and your Social Security number.");
    // (C) what individuals should do: a Social Security number means credit-fraud advice
    expect(draft.whatYouCanDo).toMatch(/fraud alert or security freeze/);
    // (D) what the practice is doing
    expect(draft.whatWeAreDoing).toContain("Disabled the laptop's account and changed all passwords.");
    // (E) contact procedures: the practice's postal address to start with
    expect(draft).toMatchObject({ contactAddress: PRACTICE.address, contactPhone: "", signerName: PRACTICE.securityOfficial });
    expect(draft.warnings).toEqual([expect.stringMatching(/no toll-free number/)]);
  });

  it("is edited, saved and downloaded as a PDF with every element, and the export is logged", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    await assessAsBreach(c, incident.id);
    expect(await refused(c, "incidents.letter.pdf", { incidentId: incident.id })).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Save the letter first/) });
    const draft = await c.must("incidents.letter.get", { incidentId: incident.id });
    const { saved: _saved, warnings: _warnings, ...letter } = draft;
    const noContact = await refused(c, "incidents.letter.save", { incidentId: incident.id, letter: { ...letter, contactAddress: "" } });
    expect(noContact).toMatchObject({ code: "VALIDATION", fields: { "letter.contactPhone": expect.stringMatching(/164\.404\(c\)\(1\)\(E\)/) } });

    const saved = await c.must("incidents.letter.save", {
      incidentId: incident.id,
      letter: { ...letter, contactPhone: "1-800-555-0199", contactEmail: "privacy@smiledental.example", contactWebsite: "www.smiledental.example", salutation: "Dear Ms. Rivera," },
    });
    expect(saved.saved).toMatchObject({ by: { name: "Maria Lopez" } });
    expect(saved.warnings).toEqual([]);
    expect((await c.must("incidents.get", { id: incident.id })).letterSaved).toMatchObject({ by: { name: "Maria Lopez" } });

    const pdf = await c.must("incidents.letter.pdf", { incidentId: incident.id });
    const day = calendarDateInZone(new Date(), PRACTICE.timeZone);
    expect(pdf.fileName).toBe(`smile-dental-breach-letter-incident-1-${day}.pdf`);
    const text = pdfText(pdf.pdfBase64);
    for (const expected of [
      "Smile Dental",
      PRACTICE.address,
      formatDay(day),
      "Notice of Data Breach",
      "Dear Ms. Rivera,",
      "What happened",
      "we discovered it on March 3, 2025",
      "What information was involved",
      "your Social Security number",
      "What you can do",
      "www.identitytheft.gov",
      "What we are doing",
      "For more information",
      "Call us toll-free: 1-800-555-0199",
      "E-mail: privacy@smiledental.example",
      "Web site: www.smiledental.example",
      `Write to us: ${PRACTICE.address}`,
      "Sincerely,",
      "Maria Lopez",
      "Security Official",
    ]) {
      expect(text).toContain(expected);
    }
    // Only the sample practice's letters carry the sample mark (test/main/sample).
    expect(text).not.toContain("SAMPLE");
    const audit = await c.must("audit.list", { filter: { action: "incident.letter-exported" }, offset: 0, limit: 10 });
    expect(audit.entries[0]!.summary).toBe(`Exported the letter to individuals for Incident 1 (“Hygienist's laptop stolen from a car”) as ${pdf.fileName}`);

    // A Read-only consultant can read and print the letter, but not change it.
    await signInAs(c, READER);
    expect((await c.must("incidents.letter.get", { incidentId: incident.id })).salutation).toBe("Dear Ms. Rivera,");
    expect(await refused(c, "incidents.letter.save", { incidentId: incident.id, letter })).toMatchObject({ code: "FORBIDDEN" });
  });

  it("warns when the incident does not say which information was involved", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, { informationTypes: [], occurredOn: null });
    const draft = await c.must("incidents.letter.get", { incidentId: incident.id });
    expect(draft.whatHappened).toContain("We have not been able to find out exactly when the incident happened; we discovered it on March 3, 2025.");
    expect(draft.informationInvolved).toBe("We are still reviewing exactly which of your information was involved.");
    expect(draft.warnings).toContain("The incident does not record which kinds of information were involved. The letter must name them: 45 CFR 164.404(c)(1)(B).");
  });
});

describe("the HHS breach portal checklist", () => {
  it("lists the facts the portal asks for, filled from the incident where known", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, { individualsAffected: 40 });
    await c.must("incidents.steps.add", { incidentId: incident.id, step: { phase: "recovery", action: "Bought encrypted laptops", doneBy: "Maria Lopez", doneOn: "2025-03-10" } });
    const { portalChecklist } = await assessAsBreach(c, incident.id);
    expect(portalChecklist.dueDate).toBe("2026-03-01");
    expect(portalChecklist.intro).toMatch(/by March 1, 2026 \(45 CFR 164\.408\(c\)\)/);
    const value = (label: string) => portalChecklist.sections.flatMap((section) => section.items).find((item) => item.label === label)?.value;
    expect(value("Name of covered entity")).toBe("Smile Dental");
    expect(value("Type of covered entity")).toBe("Health care provider");
    expect(value("Date of breach")).toBe("March 2, 2025");
    expect(value("Date of discovery")).toBe("March 3, 2025");
    expect(value("Approximate number of individuals affected")).toBe("40");
    expect(value("Type of breach")).toBe("Theft");
    expect(value("Location of breached information")).toBe("Laptop");
    expect(value("Type of protected health information involved")).toBe("Demographic, Clinical: Full names; Dates of birth; X-rays, photos or scans; Social Security numbers");
    expect(value("Actions taken in response to the breach")).toBe("March 10, 2025: Bought encrypted laptops");
    expect(value("Contact phone number")).toBeNull();
    expect(value("Date individual notice provided")).toBeNull();
  });
});
