import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { readKeySlotFile } from "../../../src/main/vault/keySlots";
import { closeVault, createVault, findRecoverySlot, findUserSlot, inspectVaultFolder, openVault, type OpenVault } from "../../../src/main/vault/vault";
import { VaultDamagedError, WrongCredentialsError } from "../../../src/main/vault/vaultErrors";
import { vaultPaths } from "../../../src/main/vault/vaultPaths";
import { normalizeRecoveryKey } from "../../../src/shared/model/recoveryKey";
import { makeTempDir } from "../../support/tempVault";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function newVault(): Promise<{ folder: string; vault: OpenVault; recoveryKey: string }> {
  const temp = makeTempDir();
  cleanups.push(temp.remove);
  const { vault, recoveryKey } = await createVault(
    temp.path,
    { userId: "user-1", username: "Maria", password: "correct horse battery" },
    (db) => db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('patient Jane Roe, tooth 14')"),
    { kdf: FAST_TEST_KDF },
  );
  cleanups.unshift(() => vault.db.open && closeVault(vault));
  return { folder: temp.path, vault, recoveryKey };
}

async function openAsMaria(folder: string, password = "correct horse battery"): Promise<OpenVault> {
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(folder, findUserSlot(state.slots, "maria"), password, { kdf: FAST_TEST_KDF });
  cleanups.unshift(() => vault.db.open && closeVault(vault));
  return vault;
}

async function damageOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof VaultDamagedError) return error.problem;
    throw error;
  }
  throw new Error("expected the vault to be refused");
}

describe("the encrypted vault", () => {
  it("stores nothing readable on disk and opens again with the password", async () => {
    const { folder, vault } = await newVault();
    closeVault(vault);
    const bytes = readFileSync(vaultPaths(folder).database);
    expect(bytes.includes(Buffer.from("Jane Roe"))).toBe(false);
    expect(bytes.subarray(0, 16).toString("latin1")).not.toContain("SQLite format");
    const reopened = await openAsMaria(folder);
    expect(reopened.db.prepare("SELECT text FROM notes").pluck().get()).toBe("patient Jane Roe, tooth 14");
  });

  it("uses WAL, synchronous=FULL, foreign keys and a large page cache", async () => {
    const { vault } = await newVault();
    expect(vault.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(vault.db.pragma("synchronous", { simple: true })).toBe(2);
    expect(vault.db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(vault.db.pragma("cache_size", { simple: true })).toBe(-65536);
  });

  it("keeps the vault folder and files private to the user", async () => {
    if (process.platform === "win32") return;
    const { folder } = await newVault();
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(vaultPaths(folder).database).mode & 0o777).toBe(0o600);
    expect(statSync(vaultPaths(folder).keySlots).mode & 0o777).toBe(0o600);
  });

  it("refuses a wrong password without opening the database", async () => {
    const { folder, vault } = await newVault();
    closeVault(vault);
    await expect(openAsMaria(folder, "not the password")).rejects.toBeInstanceOf(WrongCredentialsError);
  });

  it("opens with the recovery key, typed in any case and with or without dashes", async () => {
    const { folder, vault, recoveryKey } = await newVault();
    closeVault(vault);
    const state = inspectVaultFolder(folder);
    if (state.state !== "present") throw new Error("no vault");
    const typed = recoveryKey.toLowerCase().replace(/-/g, " ");
    const reopened = await openVault(folder, findRecoverySlot(state.slots), normalizeRecoveryKey(typed), { kdf: FAST_TEST_KDF });
    cleanups.unshift(() => closeVault(reopened));
    expect(reopened.db.prepare("SELECT count(*) FROM notes").pluck().get()).toBe(1);
  });

  it("stores the KDF parameters in each slot, so they can be raised later", async () => {
    const { folder } = await newVault();
    const slots = readKeySlotFile(vaultPaths(folder).keySlots).slots;
    expect(slots.map((slot) => slot.kind).sort()).toEqual(["recovery", "user"]);
    for (const slot of slots) expect(slot.kdf).toMatchObject({ algorithm: "scrypt", N: FAST_TEST_KDF.N, r: 8, p: 1 });
  });

  it("will not create a vault over an existing one", async () => {
    const { folder } = await newVault();
    const before = readFileSync(vaultPaths(folder).keySlots, "utf8");
    await expect(createVault(folder, { userId: "u2", username: "x", password: "another password" }, () => undefined, { kdf: FAST_TEST_KDF })).rejects.toThrow(/will not be overwritten/);
    expect(readFileSync(vaultPaths(folder).keySlots, "utf8")).toBe(before);
  });

  it("leaves the folder empty when setting up fails half-way", async () => {
    const temp = makeTempDir();
    cleanups.push(temp.remove);
    const failing = () => {
      throw new Error("disk trouble");
    };
    await expect(createVault(temp.path, { userId: "u", username: "m", password: "correct horse battery" }, failing, { kdf: FAST_TEST_KDF })).rejects.toThrow("disk trouble");
    expect(inspectVaultFolder(temp.path)).toEqual({ state: "no-vault" });
  });
});

describe("a damaged or mismatched vault", () => {
  it("names a database whose key slots are missing", async () => {
    const { folder, vault } = await newVault();
    closeVault(vault);
    renameSync(vaultPaths(folder).keySlots, join(folder, "elsewhere.json"));
    expect(await damageOf(async () => inspectVaultFolder(folder))).toBe("missing-key-slots");
  });

  it("names key slots whose database is missing", async () => {
    const { folder, vault } = await newVault();
    closeVault(vault);
    renameSync(vaultPaths(folder).database, join(folder, "elsewhere.sqlite"));
    expect(await damageOf(async () => inspectVaultFolder(folder))).toBe("missing-database");
  });

  it("names a key file that is not ours", async () => {
    const { folder, vault } = await newVault();
    closeVault(vault);
    writeFileSync(vaultPaths(folder).keySlots, "{\"hello\": 1}");
    expect(await damageOf(async () => inspectVaultFolder(folder))).toBe("key-slots-unreadable");
  });

  it.each([
    ["truncated", "database-unreadable", (path: string) => truncateSync(path, 1000)],
    ["cut to its first page", "database-unreadable", (path: string) => truncateSync(path, 4096)],
    ["overwritten with random bytes", "mismatched", (path: string) => writeFileSync(path, randomBytes(64 * 1024))],
    ["a plain SQLite file", "mismatched", (path: string) => writeFileSync(path, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(8192)]))],
    ["an empty file", "database-unreadable", (path: string) => writeFileSync(path, "")],
  ])("names a database that is %s", async (_, problem, damage) => {
    const { folder, vault } = await newVault();
    closeVault(vault);
    const database = vaultPaths(folder).database;
    for (const suffix of ["-wal", "-shm"]) if (existsSync(database + suffix)) renameSync(database + suffix, `${database}${suffix}.moved`);
    damage(database);
    const before = readFileSync(database);
    expect(await damageOf(() => openAsMaria(folder))).toBe(problem);
    expect(readFileSync(database).equals(before)).toBe(true);
  });

  it("names a database and key file from two different vaults", async () => {
    const first = await newVault();
    const second = await newVault();
    closeVault(first.vault);
    closeVault(second.vault);
    // Same password on both, so only the vault identity can tell them apart.
    const secondSlots = readFileSync(vaultPaths(second.folder).keySlots);
    writeFileSync(vaultPaths(first.folder).keySlots, secondSlots);
    expect(await damageOf(() => openAsMaria(first.folder))).toBe("mismatched");
  });

  it("refuses a database written by a newer version of the app, and leaves it as it was", async () => {
    const { folder, vault } = await newVault();
    vault.db.pragma("user_version = 99");
    closeVault(vault);
    const before = readFileSync(vaultPaths(folder).database);
    expect(await damageOf(() => openAsMaria(folder))).toBe("too-new");
    expect(readFileSync(vaultPaths(folder).database).equals(before)).toBe(true);
  });
});
