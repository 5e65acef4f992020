/**
 * The sample practice is made-up data for looking around, kept in a vault of its own. Its sign-in is
 * published on the first-run screen on purpose: nothing in it is real, and nothing real may go in it.
 */
export const SAMPLE_SIGN_IN = { username: "sample", password: "look around smile dental" } as const;

export const SAMPLE_PRACTICE_NAME = "Smile Dental (sample)";

export const SAMPLE_NOTICE = "Sample practice: every person, record and date here is made up, for looking around. Do not enter real information.";
