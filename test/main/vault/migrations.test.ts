import { randomBytes } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase } from "../../../src/main/vault/database";
import { assertMigrationsOrdered, LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from "../../../src/main/vault/migrations";
import { VaultDamagedError } from "../../../src/main/vault/vaultErrors";
import { makeTempDir } from "../../support/tempVault";

function databaseAt(version: number): Database.Database {
  const db = new Database(":memory:");
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}

describe("migrations", () => {
  it("are numbered 1, 2, 3 ... in order", () => {
    expect(() => assertMigrationsOrdered(MIGRATIONS)).not.toThrow();
    expect(() => assertMigrationsOrdered([{ version: 2, name: "skips one", up: () => undefined }])).toThrow(/expected 1/);
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, version) => version))("bring a database from version %i to the latest", (version) => {
    const db = databaseAt(version);
    expect(schemaVersion(db)).toBe(version);
    expect(migrate(db)).toEqual({ from: version, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(["audit_log", "meta", "practice", "settings", "users"]));
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("keep rows written before the migration", () => {
    const db = databaseAt(1);
    db.prepare("INSERT INTO users (id, username, full_name, role, created_at) VALUES ('u1', 'maria', 'Maria', 'administrator', '2026-01-01')").run();
    migrate(db);
    expect(db.prepare("SELECT username FROM users").pluck().all()).toEqual(["maria"]);
    db.close();
  });

  it("are a no-op on a database already at the latest version", () => {
    const db = databaseAt(LATEST_SCHEMA_VERSION);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it("refuse a database from a newer version and change nothing", () => {
    const db = databaseAt(LATEST_SCHEMA_VERSION);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(VaultDamagedError);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    db.close();
  });

  it("roll back a step that fails, leaving the previous version", () => {
    const db = databaseAt(LATEST_SCHEMA_VERSION);
    const failing = [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: "fails", up: (d: Database.Database) => d.exec("CREATE TABLE half (x); SELECT nonsense FROM nowhere;") }];
    expect(() => migrate(db, failing)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});

describe("migrations on the vault's own open path", () => {
  const temp = makeTempDir("safeguard-migrations-");
  afterAll(() => temp.remove());
  const masterKey = randomBytes(32);

  // As a vault is really opened: encrypted, in WAL mode, with foreign keys enforced.
  it.each(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, version) => version + 1))(
    "bring an encrypted vault database written at version %i to the latest, with every foreign key intact",
    (version) => {
      const file = join(temp.path, `v${version}.sqlite`);
      closeDatabase(openDatabase(file, { masterKey, create: true, migrations: MIGRATIONS.slice(0, version) }));
      const db = openDatabase(file, { masterKey, create: false });
      try {
        expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
        expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
        expect(db.pragma("foreign_key_check")).toEqual([]);
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      } finally {
        closeDatabase(db);
      }
    },
  );
});
