import { createHash, randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { resolvePeriod, type ResolvedPeriod } from "../../shared/model/reportPeriod";
import { REPORT_TITLES, type ExportedReport, type PdfVerification, type ReportPreview, type ReportRequest } from "../../shared/model/reports";
import { checkAuditAnchor, currentAuditAnchor, formatAuditAnchor } from "../audit/auditAnchor";
import { appendAudit } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import type { SignedIn } from "../core/vaultSession";
import { readPractice } from "../services/practiceService";
import { findIssuedCertificate, signingMaterialFor } from "./certificateStore";
import { availableDocument, unavailableReason } from "./documents";
import { slugForFileName } from "./fileNames";
import { defaultFontsDir, type DocumentFrame } from "./pdfDocument";
import { findRegisterEntry, insertRegisterEntry, nextVersion } from "./reportRegister";
import type { RenderedReport, ReportJob, ReportProgress } from "./renderReport";
import { runReportWorker } from "./runReportWorker";
import { isSampleVault } from "../sample/sampleMarker";
import { verifyPdf } from "./verifyPdf";

/**
 * Making, exporting and checking reports. The main process reads the vault (quick), the worker
 * builds and signs the PDF (slow), and the main process records the export in the register and
 * the audit log in one transaction.
 */

export interface ReportRuntime {
  /** Folder holding the report fonts; defaults to assets/fonts found from this module. */
  fontsDir?: string;
  /** The worker's script; defaults to reportWorker.js (or .ts in development) beside this module. */
  workerScript?: string;
}

let runtime: ReportRuntime = {};

/** The Electron shell sets where packaged fonts and the built worker are (e.g. under process.resourcesPath). */
export function configureReports(options: ReportRuntime): void {
  runtime = { ...runtime, ...options };
}

/** The report fonts' folder as configured, for documents rendered outside the report worker (vendor letters). */
export function reportFontsDir(): string {
  return runtime.fontsDir ?? defaultFontsDir();
}

export interface ReportHooks {
  onProgress?: (progress: ReportProgress) => void;
  /** Stage timings of the worker, for the benchmark. */
  onRendered?: (rendered: RenderedReport) => void;
  now?: () => Date;
}

function requireDocument(kind: ReportRequest["kind"]) {
  const document = availableDocument(kind);
  if (!document) throw new AppFailure("NOT_FOUND", unavailableReason(kind) ?? `The ${REPORT_TITLES[kind]} is not available yet.`);
  return document;
}

function periodSlug(period: ResolvedPeriod): string {
  if (period.key === "all") return "all";
  if (period.firstDay && period.lastDay && period.key.includes("..")) return `${period.firstDay}-to-${period.lastDay}`;
  if (period.firstDay && !period.lastDay) return `from-${period.firstDay}`;
  if (!period.firstDay && period.lastDay) return `to-${period.lastDay}`;
  return period.key;
}

function fileName(practiceName: string, kind: string, period: ResolvedPeriod, version: number, suffix: "preview" | "signed" | null): string {
  return `${slugForFileName(practiceName)}-${kind}-${periodSlug(period)}-v${version}${suffix ? `-${suffix}` : ""}.pdf`;
}

/** Reads what the document needs (in this thread: quick SQL) and packs it with the frame for the worker. */
function prepareJob(signedIn: SignedIn, request: ReportRequest, now: Date, extra: { preview: boolean; reportId: string | null; version: number; period: ResolvedPeriod }): ReportJob {
  const { vault, user } = signedIn;
  const document = requireDocument(request.kind);
  const practice = readPractice(vault.db);
  const frame: DocumentFrame = {
    title: REPORT_TITLES[request.kind],
    practice: { name: practice.name, address: practice.address, securityOfficial: practice.securityOfficial, timeZone: practice.timeZone },
    periodLabel: extra.period.label,
    version: extra.version,
    generatedAt: now.toISOString(),
    generatedBy: user.title ? `${user.fullName}, ${user.title}` : user.fullName,
    reportId: extra.reportId,
    sample: isSampleVault(vault.db),
    preview: extra.preview,
  };
  const data = document.collect({ db: vault.db, period: extra.period, practice, now });
  return { kind: request.kind, data, frame, fontsDir: runtime.fontsDir ?? defaultFontsDir(), signing: null };
}

async function render(job: ReportJob, hooks: ReportHooks): Promise<RenderedReport> {
  const rendered = await runReportWorker(job, { workerScript: runtime.workerScript, onProgress: hooks.onProgress });
  hooks.onRendered?.(rendered);
  return rendered;
}

/** An unsigned copy marked PREVIEW, for reading before sign-off. Not registered, not logged. */
export async function previewReport(signedIn: SignedIn, request: ReportRequest, hooks: ReportHooks = {}): Promise<ReportPreview> {
  const now = hooks.now?.() ?? new Date();
  requireDocument(request.kind);
  const practice = readPractice(signedIn.vault.db);
  const period = resolvePeriod(request.period, practice.timeZone);
  const version = nextVersion(signedIn.vault.db, request.kind, period.key);
  const job = prepareJob(signedIn, request, now, { preview: true, reportId: null, version, period });
  const rendered = await render(job, hooks);
  return { fileName: fileName(practice.name, request.kind, period, version, "preview"), pdfBase64: Buffer.from(rendered.pdf).toString("base64"), pageCount: rendered.pageCount };
}

/**
 * The copy to keep or hand over, recorded in the register with its SHA-256. With `sign`, the caller
 * has already checked that the user is an Administrator and re-entered their password.
 */
export async function exportReport(
  signedIn: SignedIn,
  request: ReportRequest & { sign?: { meaning: string } },
  hooks: ReportHooks = {},
): Promise<ExportedReport> {
  const { vault, user, actor } = signedIn;
  const db = vault.db;
  const now = hooks.now?.() ?? new Date();
  requireDocument(request.kind);
  const practice = readPractice(db);
  const period = resolvePeriod(request.period, practice.timeZone);
  // Made (or renewed) first, so that an Audit Log Report includes its creation when in the period.
  const material = request.sign ? await signingMaterialFor(db, actor, user, practice.name, now) : null;
  const version = nextVersion(db, request.kind, period.key);
  const reportId = randomUUID();
  const job = prepareJob(signedIn, request, now, { preview: false, reportId, version, period });
  if (material && request.sign) {
    job.signing = {
      keys: { certificatePem: material.certificatePem, privateKeyPem: material.privateKeyPem },
      signature: {
        fullName: user.fullName,
        title: user.title,
        meaning: request.sign.meaning,
        signedAt: now.toISOString(),
        certificateSerial: material.serialNumber,
        certificateFingerprint: material.fingerprintSha256,
        auditAnchor: currentAuditAnchor(db),
      },
      location: practice.name,
    };
  }
  const rendered = await render(job, hooks);
  const bytes = Buffer.from(rendered.pdf);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const name = fileName(practice.name, request.kind, period, version, material ? "signed" : null);
  const title = REPORT_TITLES[request.kind];
  const entry = db.transaction(() => {
    const registered = insertRegisterEntry(db, {
      id: reportId,
      kind: request.kind,
      title,
      periodKey: period.key,
      periodLabel: period.label,
      version,
      fileName: name,
      sha256,
      byteSize: bytes.length,
      generatedAt: now.toISOString(),
      generatedBy: user.id,
      signature: material && request.sign ? { signedBy: user.id, meaning: request.sign.meaning, signedAt: now.toISOString(), certificateId: material.certificateId } : null,
    });
    appendAudit(db, actor, {
      action: material ? "report.signed" : "report.exported",
      recordType: "report",
      recordId: reportId,
      summary: material
        ? `${user.fullName} signed and exported the ${title} (${period.label}, version ${version}) as “${request.sign!.meaning}”`
        : `${user.fullName} exported the ${title} (${period.label}, version ${version}) without a signature`,
      changes: {
        kind: request.kind,
        period: period.key,
        version,
        sha256,
        byteSize: bytes.length,
        ...(material ? { certificateSerial: material.serialNumber } : {}),
        ...(job.signing?.signature.auditAnchor ? { auditAnchor: formatAuditAnchor(job.signing.signature.auditAnchor) } : {}),
      },
    });
    return registered;
  })();
  return { fileName: name, pdfBase64: bytes.toString("base64"), sha256, entry };
}

/**
 * Checks a PDF's signature, and, with a vault open, matches it against the register and the
 * certificates this vault issued. Without a vault (`db` null) only the file itself is checked.
 */
export function verifyReport(db: Database | null, bytes: Uint8Array): PdfVerification {
  if (!db) return verifyPdf(bytes);
  return verifyPdf(bytes, {
    findRegisterEntry: (sha256) => findRegisterEntry(db, sha256),
    findCertificate: (fingerprint) => findIssuedCertificate(db, fingerprint) ?? null,
    timeZone: readPractice(db).timeZone,
    checkAuditAnchor: (anchor) => checkAuditAnchor(db, anchor),
  });
}
