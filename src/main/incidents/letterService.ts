import type { Database } from "better-sqlite3-multiple-ciphers";
import type { BreachLetter, BreachLetterInput, BreachLetterPdf } from "../../shared/model/incident";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { slugForFileName } from "../reports/fileNames";
import { changedFields } from "../services/recordChanges";
import { readPractice } from "../services/practiceService";
import { nowIso, peopleLookup, practiceToday, userIdOf } from "../risk/riskRecords";
import { isSampleVault } from "../sample/sampleMarker";
import { renderBreachLetter } from "./breachLetterPdf";
import { assertOpen, incidentName, requireIncident, type IncidentRow, type LetterRow } from "./incidentRecords";
import { incidentView, stepsOf } from "./incidentViews";
import { draftLetter, letterWarnings } from "./letterDraft";

/** The letter to individuals, 45 CFR 164.404(c): drafted from the incident, edited, saved, printed. */

function requireLetterIncident(db: Database, incidentId: string): IncidentRow {
  const row = requireIncident(db, incidentId);
  if (row.phi === "none") throw new AppFailure("CONFLICT", `Incident ${row.number} is recorded as involving no patient information, so no letter to individuals is owed.`);
  return row;
}

function inputOf(row: LetterRow): BreachLetterInput {
  return {
    salutation: row.salutation,
    whatHappened: row.what_happened,
    informationInvolved: row.information_involved,
    whatYouCanDo: row.what_you_can_do,
    whatWeAreDoing: row.what_we_are_doing,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    contactWebsite: row.contact_website,
    contactAddress: row.contact_address,
    signerName: row.signer_name,
    signerTitle: row.signer_title,
  };
}

function findLetter(db: Database, incidentId: string): LetterRow | undefined {
  return db.prepare("SELECT * FROM breach_letters WHERE incident_id = ?").get(incidentId) as LetterRow | undefined;
}

export function getLetter(db: Database, incidentId: string): BreachLetter {
  const row = requireLetterIncident(db, incidentId);
  const people = peopleLookup(db);
  const incident = incidentView(db, row, people);
  const saved = findLetter(db, incidentId);
  const letter = saved ? inputOf(saved) : draftLetter(readPractice(db), incident, stepsOf(db, incidentId, people));
  return { ...letter, saved: saved ? { by: people(saved.updated_by), at: saved.updated_at } : null, warnings: letterWarnings(letter, incident) };
}

export function saveLetter(db: Database, actor: Actor, input: { incidentId: string; letter: BreachLetterInput }): BreachLetter {
  db.transaction(() => {
    const row = requireLetterIncident(db, input.incidentId);
    assertOpen(row);
    const saved = findLetter(db, row.id);
    const changes = changedFields(saved ? inputOf(saved) : ({} as Partial<BreachLetterInput>), input.letter);
    if (saved && Object.keys(changes).length === 0) return;
    const l = input.letter;
    db.prepare(
      `INSERT INTO breach_letters (incident_id, salutation, what_happened, information_involved, what_you_can_do, what_we_are_doing, contact_phone, contact_email,
         contact_website, contact_address, signer_name, signer_title, updated_by, updated_at)
       VALUES (@incidentId, @salutation, @whatHappened, @informationInvolved, @whatYouCanDo, @whatWeAreDoing, @contactPhone, @contactEmail,
         @contactWebsite, @contactAddress, @signerName, @signerTitle, @who, @now)
       ON CONFLICT (incident_id) DO UPDATE SET salutation = excluded.salutation, what_happened = excluded.what_happened,
         information_involved = excluded.information_involved, what_you_can_do = excluded.what_you_can_do, what_we_are_doing = excluded.what_we_are_doing,
         contact_phone = excluded.contact_phone, contact_email = excluded.contact_email, contact_website = excluded.contact_website,
         contact_address = excluded.contact_address, signer_name = excluded.signer_name, signer_title = excluded.signer_title,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ).run({ incidentId: row.id, ...l, who: userIdOf(actor), now: nowIso() });
    appendAudit(db, actor, {
      action: "incident.letter-saved",
      recordType: "incident",
      recordId: row.id,
      summary: `Saved the letter to individuals for ${incidentName(row)}`,
      changes,
    });
  })();
  return getLetter(db, input.incidentId);
}

/** The saved letter as a PDF, dated today where the practice is. The export is logged. */
export async function letterPdf(db: Database, actor: Actor, input: { incidentId: string }): Promise<BreachLetterPdf> {
  const row = requireLetterIncident(db, input.incidentId);
  const saved = findLetter(db, row.id);
  if (!saved) throw new AppFailure("CONFLICT", "Save the letter first: the PDF is made from the saved letter.");
  const practice = readPractice(db);
  const date = practiceToday(db);
  const pdf = await renderBreachLetter(inputOf(saved), { practiceName: practice.name, practiceAddress: practice.address, date, author: actor.name, sample: isSampleVault(db) });
  const fileName = `${slugForFileName(practice.name)}-breach-letter-incident-${row.number}-${date}.pdf`;
  appendAudit(db, actor, {
    action: "incident.letter-exported",
    recordType: "incident",
    recordId: row.id,
    summary: `Exported the letter to individuals for ${incidentName(row)} as ${fileName}`,
    changes: { fileName, byteSize: pdf.length },
  });
  return { fileName, pdfBase64: pdf.toString("base64") };
}
