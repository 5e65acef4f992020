import { z } from "zod";

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  summary: string;
  changes: Record<string, unknown> | null;
  hash: string;
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.");

export const auditFilterSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    actor: z.string().trim().max(64).optional(),
    action: z.string().trim().max(64).optional(),
    text: z.string().trim().max(200).optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The start date must be on or before the end date.", path: ["to"] });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditPageSchema = z.object({
  filter: auditFilterSchema.default({}),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
}

/** An entry of the chain and its hash, as a signed report records the log's last entry when it is signed. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

/**
 * A recorded anchor checked against the log: "matches" (entries 1 to seq are as they were), "changed"
 * (the entry's hash differs, or the chain breaks before it) or "missing" (the log no longer reaches it).
 */
export interface AuditAnchorCheck extends AuditAnchor {
  outcome: "matches" | "changed" | "missing";
  /** The chain check's own words when it breaks at or before the anchor. */
  problem: string | null;
}

export type AuditVerification =
  | { intact: true; checked: number }
  | { intact: false; checked: number; firstBrokenSeq: number; problem: string };
