import { z } from "zod";
import { addMitigationSchema } from "../../../../shared/model/risk";
import { forSchema } from "./forSchema";

/** "name" in the owner box: someone without an account (the IT provider, say), typed. */
export const OWNER_BY_NAME = "name";

const mitigationInputSchema = addMitigationSchema.omit({ pairId: true });

/** The step form as typed: the owner is "" (no one yet), a user's id, or a typed name; an empty date is none. */
export const mitigationFormSchema = z
  .object({ title: z.string(), ownerChoice: z.string(), ownerName: z.string(), dueDate: z.string(), notes: z.string() })
  .transform((form) =>
    forSchema(mitigationInputSchema, {
      title: form.title,
    owner: form.ownerChoice === "" ? null : form.ownerChoice === OWNER_BY_NAME ? { kind: "name" as const, name: form.ownerName } : { kind: "user" as const, userId: form.ownerChoice },
    dueDate: form.dueDate === "" ? null : form.dueDate,
      notes: form.notes,
    }),
  )
  .pipe(mitigationInputSchema);

export type MitigationFormInput = z.input<typeof mitigationFormSchema>;
export type MitigationFormOutput = z.output<typeof mitigationFormSchema>;

export const EMPTY_MITIGATION: MitigationFormInput = { title: "", ownerChoice: "", ownerName: "", dueDate: "", notes: "" };

/** The server names the owner's fields "owner", "owner.name" or "owner.userId". */
export function mitigationFieldOf(key: string): string {
  if (key === "owner.name") return "ownerName";
  if (key.startsWith("owner")) return "ownerChoice";
  return key;
}
