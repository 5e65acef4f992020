import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { UserSummary } from "../../shared/model/account";
import type { CertificateInfo, MyCertificates } from "../../shared/model/reports";
import { appendAudit, type Actor } from "../audit/auditLog";
import { createSigningCertificate, describeCertificate, subjectMatches, type SigningIdentity } from "./signingCertificate";
import { slugForFileName } from "./fileNames";

interface CertificateRow {
  id: string;
  user_id: string;
  serial: string;
  fingerprint_sha256: string;
  certificate_pem: string;
  private_key_pem: string | null;
  not_before: string;
  not_after: string;
  created_at: string;
  replaced_at: string | null;
  replaced_reason: string | null;
}

/** Why a certificate stopped being the one a user signs with. */
export type ReplacementReason = "renewed" | "details-changed" | "expiring";

/** A certificate is replaced this long before it runs out, so that no signature is made near its end. */
const RENEW_BEFORE_EXPIRY_MS = 30 * 24 * 60 * 60 * 1000;

/** What the worker needs to sign: handed over in memory only, never written to disk. */
export interface SigningMaterial {
  certificateId: string;
  certificatePem: string;
  privateKeyPem: string;
  serialNumber: string;
  fingerprintSha256: string;
}

function toInfo(row: CertificateRow, ownerName: string): CertificateInfo {
  const description = describeCertificate(row.certificate_pem);
  return {
    serialNumber: row.serial,
    fingerprintSha256: row.fingerprint_sha256,
    subject: description.subject,
    notBefore: row.not_before,
    notAfter: row.not_after,
    createdAt: row.created_at,
    replacedAt: row.replaced_at,
    pem: row.certificate_pem,
    derBase64: description.der.toString("base64"),
    fileStem: `${slugForFileName(ownerName)}-signing-certificate-${row.serial.slice(0, 8)}`,
  };
}

function currentRow(db: Database, userId: string): CertificateRow | undefined {
  return db.prepare("SELECT * FROM signing_certificates WHERE user_id = ? AND replaced_at IS NULL").get(userId) as CertificateRow | undefined;
}

export function myCertificates(db: Database, user: UserSummary): MyCertificates {
  const rows = db.prepare("SELECT * FROM signing_certificates WHERE user_id = ? ORDER BY created_at DESC").all(user.id) as CertificateRow[];
  const current = rows.find((row) => row.replaced_at === null);
  return {
    current: current ? toInfo(current, user.fullName) : null,
    previous: rows.filter((row) => row.replaced_at !== null).map((row) => toInfo(row, user.fullName)),
  };
}

/** Whether this vault issued the certificate with this fingerprint, and to whom. */
export function findIssuedCertificate(db: Database, fingerprintSha256: string): { issuedTo: string; current: boolean } | undefined {
  const row = db
    .prepare(
      `SELECT u.full_name AS name, c.replaced_at AS replaced_at
       FROM signing_certificates c JOIN users u ON u.id = c.user_id WHERE c.fingerprint_sha256 = ?`,
    )
    .get(fingerprintSha256) as { name: string; replaced_at: string | null } | undefined;
  return row ? { issuedTo: row.name, current: row.replaced_at === null } : undefined;
}

function identityOf(user: UserSummary, practiceName: string): SigningIdentity {
  return { fullName: user.fullName, title: user.title, practiceName };
}

/**
 * Makes a new signing certificate for the user and retires the current one, if any: its private key
 * is wiped, its certificate kept so that files it signed can still be traced to it.
 */
export async function issueCertificate(
  db: Database,
  actor: Actor,
  user: UserSummary,
  practiceName: string,
  reason: ReplacementReason,
  now = new Date(),
): Promise<CertificateInfo> {
  const made = await createSigningCertificate(identityOf(user, practiceName), now);
  const id = randomUUID();
  db.transaction(() => {
    const previous = currentRow(db, user.id);
    if (previous) {
      db.prepare("UPDATE signing_certificates SET replaced_at = ?, replaced_reason = ?, private_key_pem = NULL WHERE id = ?").run(now.toISOString(), reason, previous.id);
    }
    db.prepare(
      `INSERT INTO signing_certificates (id, user_id, serial, fingerprint_sha256, certificate_pem, private_key_pem, not_before, not_after, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, user.id, made.serialNumber, made.fingerprintSha256, made.certificatePem, made.privateKeyPem, made.notBefore, made.notAfter, now.toISOString());
    const why: Record<ReplacementReason, string> = {
      renewed: "renewed",
      "details-changed": "renewed because the name, title or practice name changed",
      expiring: "renewed because the old one was about to expire",
    };
    appendAudit(db, actor, {
      action: previous ? "certificate.renewed" : "certificate.created",
      recordType: "user",
      recordId: user.id,
      summary: previous
        ? `Signing certificate for ${user.fullName} ${why[reason]}; new serial ${made.serialNumber}`
        : `Created a signing certificate for ${user.fullName}, serial ${made.serialNumber}`,
      changes: { serial: made.serialNumber, fingerprintSha256: made.fingerprintSha256, notAfter: made.notAfter, ...(previous ? { replacedSerial: previous.serial } : {}) },
    });
  })();
  return myCertificates(db, user).current!;
}

/**
 * When an account is removed, its signing key goes with it: the private key is wiped, so nothing can
 * sign in that person's name again, and the certificate is kept, so files they signed still verify
 * and are traced to them. Call it inside the transaction that removes the account.
 */
export function retireSigningKey(db: Database, actor: Actor, user: { id: string; fullName: string }, now = new Date()): void {
  const current = currentRow(db, user.id);
  if (!current) return;
  db.prepare("UPDATE signing_certificates SET replaced_at = ?, replaced_reason = 'revoked', private_key_pem = NULL WHERE id = ?").run(now.toISOString(), current.id);
  appendAudit(db, actor, {
    action: "certificate.revoked",
    recordType: "user",
    recordId: user.id,
    summary: `Retired ${user.fullName}'s signing certificate, serial ${current.serial}, with the account; its private key was wiped`,
    changes: { serial: current.serial, fingerprintSha256: current.fingerprint_sha256 },
  });
}

/**
 * The key and certificate to sign with now: made on first use, and replaced first when the person's
 * name, title or the practice name no longer match it, or when it is within 30 days of expiring.
 */
export async function signingMaterialFor(db: Database, actor: Actor, user: UserSummary, practiceName: string, now = new Date()): Promise<SigningMaterial> {
  let row = currentRow(db, user.id);
  const reason = row ? replacementNeeded(row, identityOf(user, practiceName), now) : null;
  if (!row || reason) {
    await issueCertificate(db, actor, user, practiceName, reason ?? "renewed", now);
    row = currentRow(db, user.id)!;
  }
  return {
    certificateId: row.id,
    certificatePem: row.certificate_pem,
    privateKeyPem: row.private_key_pem!,
    serialNumber: row.serial,
    fingerprintSha256: row.fingerprint_sha256,
  };
}

function replacementNeeded(row: CertificateRow, identity: SigningIdentity, now: Date): ReplacementReason | null {
  if (Date.parse(row.not_after) - now.getTime() < RENEW_BEFORE_EXPIRY_MS) return "expiring";
  if (!subjectMatches(describeCertificate(row.certificate_pem), identity)) return "details-changed";
  return null;
}
