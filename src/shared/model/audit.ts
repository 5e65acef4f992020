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

export type AuditVerification =
  | { intact: true; checked: number }
  | { intact: false; checked: number; firstBrokenSeq: number; problem: string };
