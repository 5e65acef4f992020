import type { Database } from "better-sqlite3-multiple-ciphers";

/**
 * The tables behind signed reports. A standalone step without a version number: the ordered list in
 * vault/migrations.ts gives it one (`{ version: N, ...reportsMigration }`).
 *
 * signing_certificates: each user's X.509 signing certificates. The private key (PKCS#8 PEM) lives
 * only here, inside the encrypted database, and only while the certificate is current: renewing
 * wipes the old key, and keeps the old certificate so files it signed can still be traced to it.
 *
 * report_register: every exported report, by SHA-256, so that a file handed back later can be
 * matched to what was exported and signed. Append-only, like the audit log.
 */
export const reportsMigration: { name: string; up(db: Database): void } = {
  name: "signing certificates and the report register",
  up(db) {
    db.exec(`
      CREATE TABLE signing_certificates (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        serial TEXT NOT NULL UNIQUE,
        fingerprint_sha256 TEXT NOT NULL UNIQUE,
        certificate_pem TEXT NOT NULL,
        private_key_pem TEXT,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        created_at TEXT NOT NULL,
        replaced_at TEXT,
        replaced_reason TEXT CHECK (replaced_reason IN ('renewed', 'details-changed', 'expiring', 'revoked')),
        CHECK ((replaced_at IS NULL) = (replaced_reason IS NULL)),
        CHECK (replaced_at IS NOT NULL OR private_key_pem IS NOT NULL)
      ) STRICT;
      -- One certificate in use per user at a time.
      CREATE UNIQUE INDEX signing_certificates_current ON signing_certificates (user_id) WHERE replaced_at IS NULL;

      CREATE TABLE report_register (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        period_key TEXT NOT NULL,
        period_label TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        generated_at TEXT NOT NULL,
        generated_by TEXT NOT NULL REFERENCES users (id),
        signed_by TEXT REFERENCES users (id),
        signature_meaning TEXT,
        signed_at TEXT,
        certificate_id TEXT REFERENCES signing_certificates (id),
        CHECK ((signed_by IS NULL) = (signed_at IS NULL)),
        CHECK ((signed_by IS NULL) = (signature_meaning IS NULL)),
        CHECK ((signed_by IS NULL) = (certificate_id IS NULL)),
        UNIQUE (kind, period_key, version)
      ) STRICT;
      CREATE INDEX report_register_by_sha256 ON report_register (sha256);
      CREATE TRIGGER report_register_no_update BEFORE UPDATE ON report_register
        BEGIN SELECT RAISE(ABORT, 'The report register is append-only.'); END;
      CREATE TRIGGER report_register_no_delete BEFORE DELETE ON report_register
        BEGIN SELECT RAISE(ABORT, 'The report register is append-only.'); END;
    `);
  },
};
