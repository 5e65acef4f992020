import type { Database } from "better-sqlite3-multiple-ciphers";
import type { VendorDocument } from "../../shared/model/vendor";
import { needsBaa } from "../../shared/rules/baaStatus";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import type { SignedIn } from "../core/vaultSession";
import { slugForFileName } from "../reports/fileNames";
import { preparePdfmake, renderPdf } from "../reports/pdfDocument";
import { reportFontsDir } from "../reports/reportService";
import { withSampleMark } from "../reports/sampleMark";
import { isSampleVault } from "../sample/sampleMarker";
import { readPractice } from "../services/practiceService";
import { baaDraftDefinition, requestLetterDefinition, type BaaDocumentInput } from "./baaDocumentLayout";
import { factsOf, inputOf, requireVendorRow, type VendorRow } from "./vendorRecords";

/**
 * The BAA request letter and the draft BAA for a vendor that needs one. They are a few pages long,
 * so they are rendered here rather than in the report worker; they are not reports about the
 * practice's records and are not entered in the report register. Making one is logged.
 */

export type BaaDocumentKind = "request-letter" | "baa-draft";

const KIND_NAMES: Record<BaaDocumentKind, { title: string; slug: string }> = {
  "request-letter": { title: "BAA request letter", slug: "baa-request" },
  "baa-draft": { title: "draft Business Associate Agreement", slug: "baa-draft" },
};

function refuseUnlessNeeded(row: VendorRow): void {
  const facts = factsOf(row);
  if (needsBaa(facts)) return;
  if (facts.baaStatus === "not-needed") {
    throw new AppFailure(
      "CONFLICT",
      `${row.name} is recorded as needing no Business Associate Agreement (${row.baa_not_needed_reason}). If that has changed, change the BAA state in the vendor's details first.`,
    );
  }
  throw new AppFailure(
    "CONFLICT",
    `${row.name} is recorded as not handling patient information, so it needs no Business Associate Agreement. If it does, tick how it handles patient information in the vendor's details first.`,
  );
}

/** What the layout needs, read from the vault: the practice's profile and the vendor's record. */
export function baaDocumentInput(db: Database, row: VendorRow, madeBy: string, now: Date): BaaDocumentInput {
  const practice = readPractice(db);
  const vendor = inputOf(row);
  return {
    parties: {
      practice: { name: practice.name, address: practice.address, securityOfficial: practice.securityOfficial },
      vendor: {
        name: vendor.name,
        address: vendor.address,
        contactName: vendor.contactName,
        services: vendor.services,
        ephiActivities: vendor.ephiActivities,
        baaStatus: vendor.baaStatus,
      },
      today: calendarDateInZone(now, practice.timeZone),
    },
    madeAt: now.toISOString(),
    madeBy,
    timeZone: practice.timeZone,
  };
}

export async function makeBaaDocument(signedIn: Pick<SignedIn, "vault" | "user" | "actor">, kind: BaaDocumentKind, vendorId: string, now: Date = new Date()): Promise<VendorDocument> {
  const db = signedIn.vault.db;
  const row = requireVendorRow(db, vendorId);
  refuseUnlessNeeded(row);
  if (kind === "request-letter" && row.baa_status === "signed") {
    throw new AppFailure(
      "CONFLICT",
      `${row.name} already has a signed Business Associate Agreement on file, so there is nothing to request. To renew it, download the draft BAA instead.`,
    );
  }
  const madeBy = signedIn.user.title ? `${signedIn.user.fullName}, ${signedIn.user.title}` : signedIn.user.fullName;
  const input = baaDocumentInput(db, row, madeBy, now);
  preparePdfmake(reportFontsDir());
  const definition = kind === "request-letter" ? requestLetterDefinition(input) : baaDraftDefinition(input);
  const pdf = await renderPdf(isSampleVault(db) ? withSampleMark(definition) : definition);
  const names = KIND_NAMES[kind];
  const fileName = `${slugForFileName(input.parties.practice.name)}-${names.slug}-${slugForFileName(row.name)}-${input.parties.today}.pdf`;
  logDocument(db, signedIn.actor, row, kind, fileName);
  return { fileName, pdfBase64: pdf.toString("base64") };
}

function logDocument(db: Database, actor: Actor, row: VendorRow, kind: BaaDocumentKind, fileName: string): void {
  db.transaction(() => {
    appendAudit(db, actor, {
      action: "vendor.document-made",
      recordType: "vendor",
      recordId: row.id,
      summary: `Made a ${KIND_NAMES[kind].title} for ${row.name}`,
      changes: { kind, fileName },
    });
  })();
}
