import { closeSync, createReadStream, createWriteStream, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { z } from "zod";
import type { ArchiveOutcome, BackupCredential, ImportOutcome, TableCount } from "../../shared/model/backup";
import { appendAudit } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import type { SignedIn, VaultSession } from "../core/vaultSession";
import { readPractice } from "../services/practiceService";
import { syncFolder } from "../vault/atomicFile";
import { closeDatabase, openDatabase } from "../vault/database";
import { DEFAULT_KDF, type KdfParams } from "../vault/kdf";
import { parseKeySlotFile, readKeySlotFile, writeKeySlotFile, type KeySlotFile } from "../vault/keySlots";
import { migrate, MIGRATIONS, schemaVersion } from "../vault/migrations";
import { vaultPaths } from "../vault/vaultPaths";
import { decodeValue, encodeValue, NOT_AN_ARCHIVE_MESSAGE, openArchive, startArchive, WRONG_PASSPHRASE_MESSAGE, type SqlValue } from "./archiveFormat";
import { assertSchemaKnown, restoringActor, unlockSlots } from "./restoreService";
import { isDiskFull } from "../core/diskFull";
import { requireExistingFile, requireFileToWrite } from "./userPaths";
import { hasSequenceTable, quoteIdentifier, tableColumns, tableLabel, totalRecords, userTables } from "./vaultTables";
import { dirname } from "node:path";

/**
 * Export and import of everything (45 CFR 164.310(d)(2)(iv): a retrievable copy before equipment is
 * moved). The export reads every table named in sqlite_master inside one read transaction, so it is
 * consistent and includes tables added by later versions without a list to maintain. It carries the
 * key slots too: on the new computer everyone signs in with the password they had, and the recovery
 * key still works. Import goes into an empty vault only, and rebuilds the database row for row.
 */

const SEQUENCE_TABLE = "sqlite_sequence";
const WRONG_ARCHIVE_CREDENTIALS =
  "The passphrase opened the export, but that username and password (or recovery key) do not. Use a password, or the recovery key, that was in use on the computer the export came from.";
const CHUNK_CHARS = 256 * 1024;

const archiveHeadSchema = z.object({
  type: z.literal("archive"),
  format: z.literal("safeguard-desk-archive"),
  version: z.literal(1),
  exportedAt: z.string(),
  schemaVersion: z.number().int().min(1),
  vaultId: z.string().min(1),
  practiceName: z.string(),
  tables: z.array(z.object({ name: z.string().min(1), columns: z.array(z.string().min(1)).min(1), rows: z.number().int().min(0) })),
  keySlots: z.unknown(),
});
type ArchiveHead = z.infer<typeof archiveHeadSchema>;

const rowSchema = z.object({ table: z.string(), values: z.array(z.unknown()) });
const endSchema = z.object({ type: z.literal("end"), rows: z.number().int().min(0) });

function exportedTables(db: Database): string[] {
  return [...userTables(db), ...(hasSequenceTable(db) ? [SEQUENCE_TABLE] : [])];
}

async function* archiveLines(db: Database, head: ArchiveHead): AsyncGenerator<string> {
  let pending: string[] = [];
  let pendingChars = 0;
  const push = (line: string) => {
    pending.push(line);
    pendingChars += line.length;
  };
  const flush = () => {
    const chunk = pending.join("");
    pending = [];
    pendingChars = 0;
    return chunk;
  };
  push(`${JSON.stringify(head)}\n`);
  let rows = 0;
  for (const table of head.tables) {
    const columns = table.columns.map(quoteIdentifier).join(", ");
    const select = db.prepare(`SELECT ${columns} FROM ${quoteIdentifier(table.name)}`).raw(true).safeIntegers(true);
    for (const values of select.iterate() as IterableIterator<SqlValue[]>) {
      push(`${JSON.stringify({ table: table.name, values: values.map(encodeValue) })}\n`);
      rows += 1;
      if (pendingChars >= CHUNK_CHARS) yield flush();
    }
  }
  push(`${JSON.stringify({ type: "end", rows })}\n`);
  yield flush();
}

export async function exportArchive(signedIn: SignedIn, request: { file: string; passphrase: string }, kdf: KdfParams = DEFAULT_KDF): Promise<ArchiveOutcome> {
  const { vault, actor } = signedIn;
  const file = requireFileToWrite(request.file);
  const partial = `${file}.partial`;
  const { preamble, cipher } = await startArchive(request.passphrase, kdf);
  let counts: TableCount[] = [];
  // One read transaction: every table as of the same moment, while the export streams out.
  vault.db.exec("BEGIN");
  try {
    const tables = exportedTables(vault.db).map((name) => ({
      name,
      columns: tableColumns(vault.db, name),
      rows: vault.db.prepare(`SELECT count(*) FROM ${quoteIdentifier(name)}`).pluck().get() as number,
    }));
    counts = tables.filter((table) => table.name !== SEQUENCE_TABLE).map((table) => ({ table: table.name, label: tableLabel(table.name), rows: table.rows }));
    const head: ArchiveHead = {
      type: "archive",
      format: "safeguard-desk-archive",
      version: 1,
      exportedAt: new Date().toISOString(),
      schemaVersion: schemaVersion(vault.db),
      vaultId: vault.vaultId,
      practiceName: readPractice(vault.db).name,
      tables,
      keySlots: readKeySlotFile(vault.paths.keySlots),
    };
    writeFileSync(partial, preamble, { mode: 0o600 });
    await pipeline(Readable.from(archiveLines(vault.db, head)), createGzip(), cipher, createWriteStream(partial, { flags: "a" }));
    const fd = openSync(partial, "a");
    try {
      writeFileSync(fd, cipher.getAuthTag());
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    syncFolder(dirname(file));
  } catch (error) {
    rmSync(partial, { force: true });
    if (isDiskFull(error)) {
      throw new AppFailure("STORAGE", `The drive that holds ${dirname(file)} is full, so the export was not made. Nothing in the vault was changed. Free some space, or choose another place.`);
    }
    throw error;
  } finally {
    vault.db.exec("COMMIT");
  }
  const total = totalRecords(counts);
  appendAudit(vault.db, actor, {
    action: "vault.exported",
    summary: `${actor.name} exported every record (${total} in all) to an encrypted archive, ${file}`,
    changes: { file, records: total },
  });
  return { path: file, sizeBytes: statSync(file).size, tables: counts, totalRecords: total };
}

/** Splits decrypted, unzipped text into lines, handing each whole line on. */
async function forEachLine(chunks: AsyncIterable<Buffer>, onLine: (line: string) => Promise<void> | void): Promise<void> {
  let rest = "";
  // A character's bytes may be split between two chunks: the decoder keeps the first part for the next.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) if (line.length > 0) await onLine(line);
  }
  rest += decoder.decode();
  if (rest.length > 0) await onLine(rest);
}

function readDatabaseSalt(path: string): string {
  const fd = openSync(path, "r");
  try {
    const salt = Buffer.alloc(16);
    readSync(fd, salt, 0, 16, 0);
    return salt.toString("hex");
  } finally {
    closeSync(fd);
  }
}

function damagedArchive(detail: string): AppFailure {
  return new AppFailure("VALIDATION", `This export cannot be imported: ${detail}`, { file: NOT_AN_ARCHIVE_MESSAGE });
}

interface ImportState {
  head: ArchiveHead;
  slots: KeySlotFile;
  db: Database;
  username: string | null;
  masterKey: Buffer;
  inserts: Map<string, (values: SqlValue[]) => void>;
  triggers: { name: string; sql: string }[];
  rows: number;
  ended: boolean;
}

/** Imports an archive into the session's folder, which must hold no vault. The vault is left locked. */
export async function importArchive(
  session: VaultSession,
  request: { file: string; passphrase: string; credential: BackupCredential },
): Promise<ImportOutcome> {
  if (session.status().state !== "no-vault") {
    throw new AppFailure(
      "VAULT_EXISTS",
      "An export can only be imported where there is no vault yet. This folder already holds one; to bring back earlier records here, restore a backup instead.",
    );
  }
  const file = requireExistingFile(request.file);
  const paths = vaultPaths(session.folder);
  mkdirSync(session.folder, { recursive: true, mode: 0o700 });
  const kdf = session.vaultOptions.kdf;
  const reader = await openArchive(file, request.passphrase);
  let state: ImportState | null = null;
  const created = () => [paths.database, `${paths.database}-wal`, `${paths.database}-shm`, paths.keySlots];

  const begin = async (line: string): Promise<void> => {
    const parsedHead = archiveHeadSchema.safeParse(JSON.parse(line));
    const slots = parsedHead.success ? parseKeySlotFile(parsedHead.data.keySlots) : null;
    if (!parsedHead.success || !slots || slots.vaultId !== parsedHead.data.vaultId) throw damagedArchive("its list of tables is not readable.");
    const head = parsedHead.data;
    assertSchemaKnown(head.schemaVersion);
    const keys = await unlockSlots(slots, request.credential, kdf, WRONG_ARCHIVE_CREDENTIALS);
    // The schema as it was when the export was made; later steps run after the rows are in.
    const db = openDatabase(paths.database, {
      masterKey: keys.masterKey,
      create: true,
      nativeBinding: session.vaultOptions.nativeBinding,
      migrations: MIGRATIONS.slice(0, head.schemaVersion),
    });
    const next: ImportState = { head, slots, db, username: keys.username, masterKey: keys.masterKey, inserts: new Map(), triggers: [], rows: 0, ended: false };
    // Known from here on, so that a failure below closes the database and removes what was created.
    state = next;
    db.pragma("foreign_keys = OFF");
    db.exec("BEGIN IMMEDIATE");
    // Rows go in exactly as they were, so the checks that guard edits (a finalized year, an
    // append-only log) are set aside while they go in and put back before the commit.
    next.triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    for (const trigger of next.triggers) db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
    const known = new Set([...userTables(db), ...(hasSequenceTable(db) ? [SEQUENCE_TABLE] : [])]);
    for (const table of head.tables) {
      if (!known.has(table.name)) {
        if (table.name === SEQUENCE_TABLE && table.rows === 0) continue;
        throw damagedArchive(`it holds records ("${tableLabel(table.name)}") that this version of Safeguard Desk does not know. Install the newer version and import again.`);
      }
      const columns = new Set(tableColumns(db, table.name));
      if (table.columns.some((column) => !columns.has(column))) throw damagedArchive(`the ${tableLabel(table.name)} do not match this version of Safeguard Desk.`);
      // Rows a migration put in (defaults, starter lists) give way to the archive's, which are the whole content.
      db.exec(`DELETE FROM ${quoteIdentifier(table.name)}`);
      const insert = db.prepare(
        `INSERT INTO ${quoteIdentifier(table.name)} (${table.columns.map(quoteIdentifier).join(", ")}) VALUES (${table.columns.map(() => "?").join(", ")})`,
      );
      const width = table.columns.length;
      next.inserts.set(table.name, (values) => {
        if (values.length !== width) throw damagedArchive(`a row of ${tableLabel(table.name)} has the wrong number of values.`);
        insert.run(values);
      });
    }
  };

  const onLine = async (line: string) => {
    if (state === null) {
      await begin(line);
      return;
    }
    if (state.ended) throw damagedArchive("there is more after its end.");
    const parsed = JSON.parse(line) as unknown;
    const end = endSchema.safeParse(parsed);
    if (end.success) {
      if (end.data.rows !== state.rows) throw damagedArchive("some of its records are missing.");
      state.ended = true;
      return;
    }
    const row = rowSchema.safeParse(parsed);
    const insert = row.success ? state.inserts.get(row.data.table) : undefined;
    if (!row.success || !insert) throw damagedArchive("it holds a record for an unknown table.");
    insert(row.data.values.map(decodeValue));
    state.rows += 1;
  };

  try {
    const source = createReadStream(file, { start: reader.start, end: reader.end - 1 });
    // What went wrong while handling the lines, as opposed to the streams torn down after it.
    let lineError: unknown = null;
    const handle = async (line: string) => {
      try {
        await onLine(line);
      } catch (error) {
        lineError = error;
        throw error;
      }
    };
    try {
      await pipeline(source, reader.decipher, createGunzip(), (chunks: AsyncIterable<Buffer>) => forEachLine(chunks, handle));
    } catch (error) {
      if (lineError instanceof SyntaxError) throw damagedArchive("a line of it is not readable.");
      if (lineError !== null) throw lineError;
      if (error instanceof AppFailure || isDiskFull(error)) throw error;
      // A wrong passphrase fails the GCM tag; a changed file fails it too, or breaks the gzip or JSON inside.
      throw new AppFailure("WRONG_CREDENTIALS", WRONG_PASSPHRASE_MESSAGE, { passphrase: "This passphrase does not open the export." });
    }
    const done = state as ImportState | null;
    if (done === null || !done.ended) throw damagedArchive("it ends too early.");
    const { db, head } = done;
    for (const table of head.tables) {
      if (table.name === SEQUENCE_TABLE && !done.inserts.has(table.name)) continue;
      const count = db.prepare(`SELECT count(*) FROM ${quoteIdentifier(table.name)}`).pluck().get() as number;
      if (count !== table.rows) throw damagedArchive(`the ${tableLabel(table.name)} are incomplete.`);
    }
    if (db.prepare("SELECT 1 FROM pragma_foreign_key_check LIMIT 1").get() !== undefined) throw damagedArchive("some of its records refer to records that are not in it.");
    for (const trigger of done.triggers) db.exec(trigger.sql);
    const actor = restoringActor(db, done.username);
    appendAudit(db, actor, {
      action: "vault.imported",
      summary: `Imported every record (${done.rows} in all) from the export made ${head.exportedAt}, ${file}`,
      changes: { file, exportedAt: head.exportedAt, records: done.rows },
    });
    db.exec("COMMIT");
    db.pragma("foreign_keys = ON");
    migrate(db);
    const practiceName = readPractice(db).name;
    const counts = head.tables
      .filter((table) => table.name !== SEQUENCE_TABLE)
      .map((table) => ({ table: table.name, label: tableLabel(table.name), rows: table.rows }));
    closeDatabase(db);
    writeKeySlotFile(paths.keySlots, { ...done.slots, databaseSalt: readDatabaseSalt(paths.database) }, { mustNotExist: true });
    return { practiceName, tables: counts, totalRecords: totalRecords(counts) };
  } catch (error) {
    const failed = state as ImportState | null;
    if (failed?.db.open) {
      if (failed.db.inTransaction) failed.db.exec("ROLLBACK");
      failed.db.close();
    }
    for (const path of created()) if (existsSync(path)) rmSync(path, { force: true });
    if (isDiskFull(error)) {
      throw new AppFailure("STORAGE", "The disk is full, so the export was not imported. Nothing was kept. Free some space and import again.");
    }
    throw error;
  } finally {
    (state as ImportState | null)?.masterKey.fill(0);
  }
}
