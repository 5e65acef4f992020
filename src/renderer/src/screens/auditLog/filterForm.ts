import { z } from "zod";
import { auditFilterSchema } from "../../../../shared/model/audit";

/** The filter boxes as typed: empty boxes mean "any", then the shared schema checks the rest. */
export const auditFilterFormSchema = z
  .object({ from: z.string(), to: z.string(), actor: z.string(), action: z.string(), text: z.string() })
  .transform((boxes) => Object.fromEntries(Object.entries(boxes).filter(([, value]) => value.trim() !== "")))
  .pipe(auditFilterSchema);

export type AuditFilterForm = z.input<typeof auditFilterFormSchema>;

export const EMPTY_FILTER_FORM: AuditFilterForm = { from: "", to: "", actor: "", action: "", text: "" };
