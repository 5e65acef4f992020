import { z } from "zod";

export const PRACTICE_KINDS = ["dental", "medical", "behavioral-health", "chiropractic", "optometry", "physical-therapy", "other"] as const;

export const PRACTICE_KIND_LABELS: Record<(typeof PRACTICE_KINDS)[number], string> = {
  dental: "Dental office",
  medical: "Medical practice",
  "behavioral-health": "Behavioral health",
  chiropractic: "Chiropractic",
  optometry: "Optometry",
  "physical-therapy": "Physical therapy",
  other: "Other",
};

/** Zones already found valid: the profile is checked every time it is read, and trying a zone costs a formatter. */
const knownTimeZones = new Set<string>();

function isKnownTimeZone(zone: string): boolean {
  if (knownTimeZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    knownTimeZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

const requiredText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} can be at most ${max} characters.`);

export const practiceProfileSchema = z.object({
  name: requiredText("The practice name", 200),
  kind: z.enum(PRACTICE_KINDS, { message: "Choose the kind of practice." }),
  address: z.string().trim().max(500, "The address can be at most 500 characters.").default(""),
  timeZone: z.string().refine(isKnownTimeZone, "Choose a time zone from the list."),
  workforceCount: z.coerce
    .number({ message: "Enter the number of workforce members." })
    .int("Enter a whole number.")
    .min(1, "A practice has at least one workforce member.")
    .max(10_000, "That is more than this app is built for."),
  securityOfficial: requiredText("The Security Official's name", 200),
  /** 45 CFR 164.314(b) applies only to a plan sponsor of a group health plan. */
  sponsorsGroupHealthPlan: z.boolean().default(false),
  /** 45 CFR 164.308(a)(4)(ii)(A) applies only to a practice that is part of a health care clearinghouse. */
  isPartOfClearinghouse: z.boolean().default(false),
});

export type PracticeProfile = z.infer<typeof practiceProfileSchema>;
export type PracticeProfileInput = z.input<typeof practiceProfileSchema>;
