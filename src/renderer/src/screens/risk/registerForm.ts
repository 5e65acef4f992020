import { z } from "zod";
import { registerFilterSchema } from "../../../../shared/model/risk";
import { forSchema } from "./forSchema";

/** The register's filter boxes as chosen: "" in a box means any. */
export const registerFormSchema = z
  .object({ assetId: z.string(), threatId: z.string(), level: z.string(), status: z.string(), text: z.string(), levelBasis: z.enum(["residual", "inherent"]) })
  .transform((form) =>
    forSchema(registerFilterSchema, {
      levelBasis: form.levelBasis,
    includeRetiredAssets: false,
    ...(form.assetId ? { assetIds: [form.assetId] } : {}),
    ...(form.threatId ? { threatIds: [form.threatId] } : {}),
    ...(form.level ? { levels: [form.level] } : {}),
    ...(form.status ? { treatmentStatuses: [form.status] } : {}),
      ...(form.text.trim() ? { text: form.text } : {}),
    }),
  )
  .pipe(registerFilterSchema);

export type RegisterFormInput = z.input<typeof registerFormSchema>;
export type RegisterFormOutput = z.output<typeof registerFormSchema>;

export const EMPTY_REGISTER_FORM: RegisterFormInput = { assetId: "", threatId: "", level: "", status: "", text: "", levelBasis: "residual" };
