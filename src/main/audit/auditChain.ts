import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The fields of an entry that its hash covers, in a fixed order. */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  summary: string;
  /** The changes as stored: a JSON string, or null. */
  changes: string | null;
  prevHash: string;
}

/** The exact text an entry's hash is taken over: JSON of a fixed-order array, an unambiguous encoding. */
export function entryPreimage(fields: ChainedFields): string {
  return JSON.stringify([
    fields.seq,
    fields.at,
    fields.actorId,
    fields.actorName,
    fields.action,
    fields.recordType,
    fields.recordId,
    fields.summary,
    fields.changes,
    fields.prevHash,
  ]);
}

/**
 * Each entry's hash covers its own fields and the previous entry's hash, so changing or removing any
 * entry breaks every hash after it.
 */
export function entryHash(fields: ChainedFields): string {
  return createHash("sha256").update(entryPreimage(fields)).digest("hex");
}
