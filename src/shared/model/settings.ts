import { z } from "zod";

export const IDLE_LOCK_DEFAULT_MINUTES = 10;

export const appSettingsSchema = z.object({
  idleLockMinutes: z.coerce
    .number({ message: "Enter a number of minutes." })
    .int("Enter a whole number of minutes.")
    .min(1, "The app must lock after at least 1 minute.")
    // 164.312(a)(2)(iii): a workstation left unattended must not stay open for long.
    .max(60, "Lock after at most 60 minutes; a longer time leaves patient data open on an unattended screen."),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;
