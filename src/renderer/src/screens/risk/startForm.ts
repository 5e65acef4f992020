import { z } from "zod";
import { startRiskAnalysisSchema } from "../../../../shared/model/risk";
import { forSchema } from "./forSchema";

/** The start form as typed: the year in a box, fresh or carried forward, and the year to copy. */
export const startFormSchema = z
  .object({ year: z.string(), start: z.enum(["fresh", "carry"]), copyFromYear: z.string() })
  .transform((form) =>
    forSchema(startRiskAnalysisSchema, {
      year: form.year.trim() === "" ? undefined : Number(form.year.trim()),
      copyFromYear: form.start === "carry" && form.copyFromYear !== "" ? Number(form.copyFromYear) : undefined,
    }),
  )
  .pipe(startRiskAnalysisSchema);

export type StartFormInput = z.input<typeof startFormSchema>;
export type StartFormOutput = z.output<typeof startFormSchema>;
