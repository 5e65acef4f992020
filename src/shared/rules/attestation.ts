/**
 * The acknowledgment a staff member gives for their training on the shared front-desk computer: they
 * read the statement and type their own name. The typed name must be the name on the roster, ignoring
 * capitals and extra spaces; the record keeps the exact statement they agreed to and when.
 */

/** "  maria   LOPEZ " and "Maria Lopez" are the same name. */
export function normalizePersonName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function namesMatch(typed: string, rosterName: string): boolean {
  const wanted = normalizePersonName(rosterName);
  return wanted.length > 0 && normalizePersonName(typed) === wanted;
}

export const NAME_MISMATCH_MESSAGE = "The name typed does not match the name on the roster. The person being trained must type their own full name as it appears on the roster.";

export interface AcknowledgmentFacts {
  personName: string;
  topicNames: readonly string[];
  /** YYYY-MM-DD */
  completedOn: string;
  trainer: string;
}

/** The statement shown to the person and stored with their typed name. Built the same way on both sides of the app. */
export function acknowledgmentWording(facts: AcknowledgmentFacts): string {
  const topics = facts.topicNames.join("; ");
  const by = facts.trainer.trim() ? `, given by ${facts.trainer.trim()}` : "";
  return (
    `I, ${facts.personName.trim()}, completed security awareness training on ${facts.completedOn}${by}, covering: ${topics}. ` +
    "I understood it, I know how to ask the Security Official when something is unclear, and I will follow the practice's security policies and procedures, " +
    "including reporting anything suspicious right away."
  );
}
