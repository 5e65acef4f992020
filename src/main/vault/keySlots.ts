import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { writeFileAtomically } from "./atomicFile";
import { deriveKey, kdfParamsSchema, type KdfParams } from "./kdf";
import { VaultDamagedError, VAULT_PROBLEM_MESSAGES, WrongCredentialsError } from "./vaultErrors";

/**
 * A key slot holds the vault's master key wrapped (AES-256-GCM) with a key derived from one secret:
 * a user's password or the recovery key. Changing a password rewraps one slot; nothing re-encrypts
 * the database. The slot's identity is bound into the GCM associated data, so a slot copied from
 * another vault or another user does not open.
 */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const keySlotSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["user", "recovery"]),
  userId: z.string().nullable(),
  /** Lower-cased; the users table is inside the encrypted database, so unlock finds the slot by this. */
  username: z.string().nullable(),
  kdf: kdfParamsSchema.extend({ salt: base64 }),
  wrapped: z.object({ iv: base64, ciphertext: base64, tag: base64 }),
  createdAt: z.string(),
});
export type KeySlot = z.infer<typeof keySlotSchema>;

const keySlotFileSchema = z.object({
  format: z.literal("safeguard-desk-key-slots"),
  version: z.literal(1),
  vaultId: z.string().min(1),
  /**
   * The first 16 bytes of the encrypted database: SQLCipher's random salt, stored in the clear. It
   * lets the app tell, before any key is tried, that the database beside these slots is not theirs.
   */
  databaseSalt: z.string().regex(/^[0-9a-f]{32}$/),
  slots: z.array(keySlotSchema),
});
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;

export function newKeySlotFile(vaultId: string, databaseSalt: string): KeySlotFile {
  return { format: "safeguard-desk-key-slots", version: 1, vaultId, databaseSalt, slots: [] };
}

export function readKeySlotFile(path: string): KeySlotFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new VaultDamagedError("key-slots-unreadable", VAULT_PROBLEM_MESSAGES["key-slots-unreadable"]);
  }
  const result = parseKeySlotFile(parsed);
  if (!result) throw new VaultDamagedError("key-slots-unreadable", VAULT_PROBLEM_MESSAGES["key-slots-unreadable"]);
  return result;
}

/** The key slots carried inside a backup or an archive; null when they are not well-formed. */
export function parseKeySlotFile(value: unknown): KeySlotFile | null {
  const result = keySlotFileSchema.safeParse(value);
  return result.success ? result.data : null;
}

export function writeKeySlotFile(path: string, file: KeySlotFile, options: { mustNotExist?: boolean } = {}): void {
  if (options.mustNotExist && existsSync(path)) throw new Error(`Refusing to overwrite ${path}`);
  writeFileAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
}

type SlotIdentity = Pick<KeySlot, "id" | "kind" | "userId" | "username">;

function associatedData(vaultId: string, slot: SlotIdentity): Buffer {
  return Buffer.from(JSON.stringify([vaultId, slot.id, slot.kind, slot.userId, slot.username]), "utf8");
}

export async function wrapMasterKey(
  vaultId: string,
  masterKey: Buffer,
  secret: string,
  identity: Omit<SlotIdentity, "id"> & { id?: string },
  kdf: KdfParams,
): Promise<KeySlot> {
  const salt = randomBytes(16);
  const wrappingKey = await deriveKey(secret, salt, kdf);
  const iv = randomBytes(12);
  const slotIdentity: SlotIdentity = {
    id: identity.id ?? randomUUID(),
    kind: identity.kind,
    userId: identity.userId,
    username: identity.username?.toLowerCase() ?? null,
  };
  const cipher = createCipheriv("aes-256-gcm", wrappingKey, iv);
  cipher.setAAD(associatedData(vaultId, slotIdentity));
  const ciphertext = Buffer.concat([cipher.update(masterKey), cipher.final()]);
  wrappingKey.fill(0);
  return {
    ...slotIdentity,
    kdf: { ...kdf, salt: salt.toString("base64") },
    wrapped: { iv: iv.toString("base64"), ciphertext: ciphertext.toString("base64"), tag: cipher.getAuthTag().toString("base64") },
    createdAt: new Date().toISOString(),
  };
}

/** Returns the master key, or throws WrongCredentialsError when the secret does not open the slot. */
export async function unwrapMasterKey(vaultId: string, slot: KeySlot, secret: string): Promise<Buffer> {
  const { salt, ...params } = slot.kdf;
  const wrappingKey = await deriveKey(secret, Buffer.from(salt, "base64"), params);
  try {
    const decipher = createDecipheriv("aes-256-gcm", wrappingKey, Buffer.from(slot.wrapped.iv, "base64"));
    decipher.setAAD(associatedData(vaultId, slot));
    decipher.setAuthTag(Buffer.from(slot.wrapped.tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(slot.wrapped.ciphertext, "base64")), decipher.final()]);
  } catch {
    throw new WrongCredentialsError();
  } finally {
    wrappingKey.fill(0);
  }
}
