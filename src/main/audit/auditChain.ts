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

/**
 * Each entry's hash covers its own fields and the previous entry's hash, so changing or removing any
 * entry breaks every hash after it. JSON of a fixed-order array is an unambiguous encoding.
 */
export function entryHash(fields: ChainedFields): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
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
      ]),
    )
    .digest("hex");
}
