import { createCipheriv, createDecipheriv, randomBytes, type CipherGCM, type DecipherGCM } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { z } from "zod";
import { AppFailure } from "../core/appFailure";
import { deriveKey, kdfParamsSchema, type KdfParams } from "../vault/kdf";

/**
 * The portable archive, for moving the practice to another computer or another tool:
 *
 *   line 1   "SAFEGUARD-DESK-EXPORT 1"
 *   line 2   a JSON header: the cipher, the scrypt parameters and salt, the IV (nothing secret)
 *   then     AES-256-GCM ciphertext of gzip(JSON lines), with lines 1-2 as associated data
 *   last 16  the GCM tag
 *
 * Decrypted and unzipped, it is one JSON object per line: first `{"type":"archive", ...}` (the
 * tables, their columns and row counts, and the key slots), then `{"table": NAME, "values": [...]}`
 * for every row of every table, then `{"type":"end", "rows": N}`. Values are as SQLite holds them:
 * null, a number (an INTEGER), a string (TEXT), `{"$real": "2.5"}` for a REAL that JSON would blur,
 * `{"$integer": "..."}` for an integer beyond JSON's safe range, and `{"$base64": "..."}` for a BLOB
 * (attachments such as evidence files).
 */

export const ARCHIVE_MAGIC = "SAFEGUARD-DESK-EXPORT 1";
export const TAG_BYTES = 16;
/** The header is a few hundred bytes; reading more than this means the file is not an archive. */
const MAX_HEADER_BYTES = 64 * 1024;

const headerSchema = z.object({
  cipher: z.literal("aes-256-gcm"),
  compression: z.literal("gzip"),
  content: z.literal("json-lines"),
  // Bounded, so that a crafted file cannot make scrypt ask for gigabytes of memory.
  kdf: kdfParamsSchema.extend({ salt: z.string().min(16).max(64), N: kdfParamsSchema.shape.N.max(2 ** 20) }),
  iv: z.string().min(16).max(32),
});
type ArchiveHeader = z.infer<typeof headerSchema>;

export const NOT_AN_ARCHIVE_MESSAGE = "This file is not a Safeguard Desk export, or it was cut short. Choose a file whose name ends in .sgexport.";
export const WRONG_PASSPHRASE_MESSAGE =
  "The passphrase does not open this export, or the file was changed after it was made. Check the passphrase; it is the one chosen when the export was made.";

function notAnArchive(): AppFailure {
  return new AppFailure("VALIDATION", NOT_AN_ARCHIVE_MESSAGE, { file: NOT_AN_ARCHIVE_MESSAGE });
}

export interface ArchiveWriter {
  /** Lines 1 and 2, written to the file before the ciphertext. */
  preamble: Buffer;
  cipher: CipherGCM;
}

export async function startArchive(passphrase: string, kdf: KdfParams): Promise<ArchiveWriter> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: ArchiveHeader = {
    cipher: "aes-256-gcm",
    compression: "gzip",
    content: "json-lines",
    kdf: { ...kdf, salt: salt.toString("base64") },
    iv: iv.toString("base64"),
  };
  const preamble = Buffer.from(`${ARCHIVE_MAGIC}\n${JSON.stringify(header)}\n`, "utf8");
  const key = await deriveKey(passphrase, salt, kdf);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  key.fill(0);
  cipher.setAAD(preamble);
  return { preamble, cipher };
}

export interface ArchiveReader {
  decipher: DecipherGCM;
  /** Where the ciphertext starts and ends (exclusive) in the file. */
  start: number;
  end: number;
}

export async function openArchive(path: string, passphrase: string): Promise<ArchiveReader> {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, MAX_HEADER_BYTES));
    readSync(fd, head, 0, head.length, 0);
    const firstBreak = head.indexOf(0x0a);
    const secondBreak = firstBreak < 0 ? -1 : head.indexOf(0x0a, firstBreak + 1);
    if (secondBreak < 0 || head.subarray(0, firstBreak).toString("utf8") !== ARCHIVE_MAGIC) throw notAnArchive();
    let header: ArchiveHeader;
    try {
      header = headerSchema.parse(JSON.parse(head.subarray(firstBreak + 1, secondBreak).toString("utf8")));
    } catch {
      throw notAnArchive();
    }
    const start = secondBreak + 1;
    const end = size - TAG_BYTES;
    if (end < start) throw notAnArchive();
    const tag = Buffer.alloc(TAG_BYTES);
    readSync(fd, tag, 0, TAG_BYTES, end);
    const { salt, ...kdf } = header.kdf;
    const key = await deriveKey(passphrase, Buffer.from(salt, "base64"), kdf);
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(header.iv, "base64"));
    key.fill(0);
    decipher.setAAD(head.subarray(0, start));
    decipher.setAuthTag(tag);
    return { decipher, start, end };
  } finally {
    closeSync(fd);
  }
}

/** SQLite values to JSON and back, without losing the difference between 2 and 2.0, or a BLOB. */
export type SqlValue = null | bigint | number | string | Buffer;
export type JsonValue = null | number | string | { $real: string } | { $integer: string } | { $base64: string };

export function encodeValue(value: SqlValue | Uint8Array): JsonValue {
  if (value === null || typeof value === "string") return value;
  if (typeof value === "bigint") return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : { $integer: value.toString() };
  if (typeof value === "number") return Number.isFinite(value) && !Number.isInteger(value) ? value : { $real: String(value) };
  return { $base64: Buffer.from(value).toString("base64") };
}

export function decodeValue(value: unknown): SqlValue {
  if (value === null || typeof value === "string") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    const [key, inner] = entries[0] ?? [];
    if (entries.length === 1 && typeof inner === "string") {
      if (key === "$real") return Number(inner);
      if (key === "$integer" && /^-?\d+$/.test(inner)) return BigInt(inner);
      if (key === "$base64" && /^[A-Za-z0-9+/]*={0,2}$/.test(inner)) return Buffer.from(inner, "base64");
    }
  }
  throw new AppFailure("VALIDATION", "This export holds a value Safeguard Desk does not understand; it may have been changed by another program.");
}
