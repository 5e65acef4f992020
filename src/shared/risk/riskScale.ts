/**
 * The 1–5 scales for likelihood and impact, OCR's risk analysis guidance elements "determine the
 * likelihood of threat occurrence" and "determine the potential impact of threat occurrence"
 * (45 CFR 164.306(b)(2)(iv) and 164.308(a)(1)(ii)(A)). Every level has a name and a description an
 * office manager can apply without training; the report prints the same words.
 */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

export interface ScaleLevel {
  value: Rating;
  name: string;
  description: string;
}

/** How likely the threat is to act on this weakness in the next 12 months. */
export const LIKELIHOOD_SCALE: readonly ScaleLevel[] = [
  { value: 1, name: "Rare", description: "Not expected in the next several years. It would take unusual circumstances, and it has never happened here." },
  {
    value: 2,
    name: "Unlikely",
    description: "Could happen, but not expected this year. It has not happened here and is uncommon in offices like yours.",
  },
  { value: 3, name: "Possible", description: "Might happen this year. It happens to offices like yours from time to time." },
  { value: 4, name: "Likely", description: "Expected to happen this year, or it has happened here in the last few years." },
  { value: 5, name: "Almost certain", description: "Expected to happen several times a year, or it is already happening." },
];

/**
 * How bad it would be if it happened. The 500-person line is the Breach Notification Rule's: at 500
 * or more, HHS must be told within 60 days and the media informed (45 CFR 164.406 and 164.408(b)).
 */
export const IMPACT_SCALE: readonly ScaleLevel[] = [
  {
    value: 1,
    name: "Negligible",
    description: "Hardly noticed: minutes of disruption, no patient information seen by anyone who shouldn't see it, nothing to report.",
  },
  {
    value: 2,
    name: "Minor",
    description: "A few hours of disruption, or a few records seen by someone unlikely to misuse them. Fixed in-house at little cost.",
  },
  {
    value: 3,
    name: "Moderate",
    description: "A day or two without records, or fewer than 500 patients' information exposed: those patients must be notified and HHS told at year end. Real cost and embarrassment.",
  },
  {
    value: 4,
    name: "Major",
    description: "Up to a week without records, records lost for good, or 500 or more patients' information exposed: HHS and the media must be told within 60 days. Large cost, possible lawsuits.",
  },
  {
    value: 5,
    name: "Severe",
    description: "The practice may not be able to operate: weeks without records, most patients' information exposed or destroyed, or harm to a patient's care. An OCR investigation and penalties are likely.",
  },
];

export function likelihoodLevel(value: Rating): ScaleLevel {
  return LIKELIHOOD_SCALE[value - 1]!;
}

export function impactLevel(value: Rating): ScaleLevel {
  return IMPACT_SCALE[value - 1]!;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === "number" && (RATINGS as readonly number[]).includes(value);
}

/** What "inherent" and "residual" mean on the rating screens and in the report. */
export const RATING_BASIS_DESCRIPTIONS = {
  inherent: "Inherent risk: how likely and how bad it would be if none of your current safeguards were in place.",
  residual: "Residual risk: how likely and how bad it is today, with the safeguards you actually have.",
} as const;
