import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AuditAnchor, AuditAnchorCheck } from "../../shared/model/audit";
import { readHead, verifyAuditChain } from "./auditLog";
import { hasSealedTable } from "./auditSegment";

/**
 * The hash chain alone cannot stop someone who holds the vault's key (any signed-in user can unwrap
 * it) from rewriting entries and recomputing every hash after them: the log would still check out.
 * What they cannot rewrite is a copy that has left the vault. So every signed report records the
 * chain's last entry and its hash, inside what the signature covers; checking that report against the
 * log later shows whether any entry up to that one was changed or removed since it was signed.
 */

/** The PDF document-information key that holds the anchor, as "seq:hash". */
export const AUDIT_ANCHOR_PDF_KEY = "SafeguardAuditAnchor";

/** The chain's last entry now; null for a log with no entry. */
export function currentAuditAnchor(db: Database): AuditAnchor | null {
  const head = readHead(db);
  return head.seq > 0 ? { seq: head.seq, hash: head.hash } : null;
}

export function formatAuditAnchor(anchor: AuditAnchor): string {
  return `${anchor.seq}:${anchor.hash}`;
}

export function parseAuditAnchor(text: string): AuditAnchor | null {
  const match = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text);
  return match ? { seq: Number(match[1]), hash: match[2]! } : null;
}

/** The hash the log holds for entry `seq`, live or sealed; null when there is no such entry. */
export function storedEntryHash(db: Database, seq: number): string | null {
  const live = db.prepare("SELECT hash FROM audit_log WHERE seq = ?").pluck().get(seq) as string | undefined;
  if (live !== undefined) return live;
  if (!hasSealedTable(db)) return null;
  // A sealed segment keeps its entries' hashes as 32-byte digests, in order from its first entry.
  const sealed = db
    .prepare("SELECT lower(hex(substr(hashes, (? - first_seq) * 32 + 1, 32))) FROM audit_sealed WHERE first_seq <= ? AND last_seq >= ?")
    .pluck()
    .get(seq, seq, seq) as string | undefined;
  return sealed && sealed.length === 64 ? sealed : null;
}

/**
 * Whether the log still holds entries 1 to `anchor.seq` exactly as when the anchor was taken: the
 * entry's hash is the recorded one, and the chain up to it checks out (so every entry before it is
 * what that hash covers).
 */
export function checkAuditAnchor(db: Database, anchor: AuditAnchor): AuditAnchorCheck {
  const stored = storedEntryHash(db, anchor.seq);
  if (stored === null) return { ...anchor, outcome: "missing", problem: null };
  if (stored !== anchor.hash) return { ...anchor, outcome: "changed", problem: null };
  const chain = verifyAuditChain(db);
  if (!chain.intact && chain.firstBrokenSeq <= anchor.seq) return { ...anchor, outcome: "changed", problem: chain.problem };
  return { ...anchor, outcome: "matches", problem: null };
}
