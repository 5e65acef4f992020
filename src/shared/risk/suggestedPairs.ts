import { type AssetKind } from "./assetKinds";
import { riskLevel, type RiskLevel } from "./riskMatrix";
import { type Rating } from "./riskScale";
import { findThreat, findVulnerability } from "./threatCatalog";

/**
 * The threat-vulnerability pairs a small dental office usually faces for each kind of asset, with a
 * starting inherent rating (as if no safeguards were in place). They are suggestions: the user
 * confirms, edits or drops each one, and adds their own.
 */
export interface PairSuggestionEntry {
  readonly threatId: string;
  readonly vulnerabilityId: string;
  readonly likelihood: Rating;
  readonly impact: Rating;
}

type Entry = readonly [threatId: string, vulnerabilityId: string, likelihood: Rating, impact: Rating];

const SUGGESTIONS: Record<AssetKind, readonly Entry[]> = {
  "practice-software": [
    ["ransomware", "no-offline-backup", 4, 5],
    ["insider-snooping", "access-not-limited", 4, 3],
    ["weak-passwords", "shared-logins", 4, 3],
    ["unauthorized-remote-access", "accounts-not-removed", 3, 4],
    ["software-failure", "backups-unchecked", 3, 4],
    ["accidental-deletion", "broad-rights", 3, 2],
  ],
  "imaging-software": [
    ["ransomware", "no-offline-backup", 4, 4],
    ["software-failure", "no-integrity-check", 3, 3],
    ["accidental-deletion", "no-point-in-time-backup", 3, 3],
    ["unpatched-software", "updates-not-installed", 3, 4],
  ],
  email: [
    ["phishing", "untrained-staff", 5, 4],
    ["phishing", "no-mfa", 4, 4],
    ["misdirected-communication", "unencrypted-email", 4, 3],
    ["weak-passwords", "weak-rules", 3, 3],
  ],
  "patient-portal": [
    ["vendor-breach", "no-baa", 3, 4],
    ["weak-passwords", "no-mfa", 3, 3],
    ["misdirected-communication", "no-verification", 3, 2],
  ],
  "online-backup": [
    ["vendor-breach", "no-baa", 3, 4],
    ["software-failure", "backups-unchecked", 3, 4],
    ["weak-passwords", "no-mfa", 3, 4],
  ],
  "cloud-service": [
    ["vendor-breach", "no-baa", 3, 4],
    ["weak-passwords", "no-mfa", 4, 4],
    ["unauthorized-remote-access", "accounts-not-removed", 3, 3],
  ],
  workstation: [
    ["malware", "no-anti-malware", 4, 4],
    ["unpatched-software", "unsupported-system", 4, 4],
    ["weak-passwords", "shared-logins", 4, 3],
    ["theft-burglary", "not-encrypted", 2, 3],
    ["improper-disposal", "no-wiping", 3, 3],
  ],
  laptop: [
    ["lost-device", "not-encrypted", 4, 4],
    ["lost-device", "no-screen-lock", 3, 4],
    ["malware", "personal-use", 3, 4],
    ["unpatched-software", "updates-not-installed", 3, 4],
    ["improper-disposal", "no-wiping", 3, 3],
  ],
  server: [
    ["ransomware", "no-offline-backup", 4, 5],
    ["ransomware", "admin-accounts", 3, 5],
    ["hardware-failure", "aging-equipment", 3, 5],
    ["unpatched-software", "updates-not-installed", 3, 5],
    ["power-outage", "no-ups", 4, 3],
    ["theft-burglary", "server-unlocked", 2, 5],
    ["water-damage", "equipment-near-water", 2, 5],
    ["fire", "no-offsite-copy", 1, 5],
  ],
  "mobile-device": [
    ["lost-device", "no-screen-lock", 4, 3],
    ["lost-device", "not-encrypted", 4, 3],
    ["malware", "personal-use", 3, 3],
  ],
  "imaging-device": [
    ["hardware-failure", "no-spare", 3, 3],
    ["unpatched-software", "unsupported-system", 3, 3],
    ["unauthorized-remote-access", "default-passwords", 2, 3],
    ["improper-disposal", "no-wiping", 2, 3],
  ],
  "removable-media": [
    ["lost-device", "not-encrypted", 4, 4],
    ["malware", "no-anti-malware", 3, 3],
    ["improper-disposal", "no-wiping", 3, 3],
  ],
  "backup-drive": [
    ["lost-device", "not-encrypted", 3, 5],
    ["lost-device", "not-tracked", 3, 5],
    ["ransomware", "no-offline-backup", 4, 5],
    ["hardware-failure", "backups-unchecked", 3, 4],
    ["theft-burglary", "not-encrypted", 2, 5],
  ],
  network: [
    ["unauthorized-remote-access", "always-on-remote", 4, 5],
    ["unauthorized-remote-access", "default-passwords", 3, 5],
    ["unpatched-software", "updates-not-installed", 3, 4],
    ["power-outage", "no-ups", 4, 3],
    ["hardware-failure", "no-spare", 3, 3],
  ],
  scanner: [
    ["improper-disposal", "no-wiping", 3, 4],
    ["misdirected-communication", "no-verification", 3, 2],
    ["unauthorized-remote-access", "default-passwords", 2, 3],
  ],
  fax: [
    ["misdirected-communication", "no-verification", 4, 3],
    ["misdirected-communication", "no-cover-sheet", 4, 3],
    ["improper-disposal", "no-wiping", 2, 3],
  ],
  location: [
    ["theft-burglary", "no-alarm", 3, 4],
    ["power-outage", "no-downtime-procedure", 4, 3],
    ["fire", "no-offsite-copy", 2, 5],
    ["water-damage", "no-offsite-copy", 2, 4],
    ["severe-storm", "no-emergency-plan", 2, 4],
    ["flood", "no-offsite-copy", 1, 5],
    ["earthquake", "unsecured-equipment", 1, 4],
  ],
  vendor: [
    ["vendor-breach", "no-baa", 3, 4],
    ["vendor-breach", "vendor-not-vetted", 3, 4],
    ["unauthorized-remote-access", "always-on-remote", 3, 5],
    ["phone-social-engineering", "no-caller-check", 3, 3],
  ],
  other: [
    ["theft-burglary", "not-encrypted", 2, 3],
    ["hardware-failure", "aging-equipment", 3, 3],
    ["improper-disposal", "no-wiping", 3, 3],
  ],
};

export function suggestionEntries(kind: AssetKind): readonly PairSuggestionEntry[] {
  return SUGGESTIONS[kind].map(([threatId, vulnerabilityId, likelihood, impact]) => ({ threatId, vulnerabilityId, likelihood, impact }));
}

/** A suggestion as the screens show it: names and words filled in from the threat catalog. */
export interface PairSuggestion {
  threatId: string;
  threatName: string;
  vulnerabilityId: string;
  vulnerability: string;
  inherentLikelihood: Rating;
  inherentImpact: Rating;
  inherentLevel: RiskLevel;
  /** Assessment questions that usually show the safeguards; offered as the pair's control links. */
  controlQuestionIds: string[];
}

export function suggestPairs(kind: AssetKind): PairSuggestion[] {
  return suggestionEntries(kind).map((entry) => {
    const threat = findThreat(entry.threatId);
    const vulnerability = findVulnerability(entry.threatId, entry.vulnerabilityId);
    if (!threat || !vulnerability) throw new Error(`Suggestion for ${kind} names an unknown threat or weakness: ${entry.threatId}/${entry.vulnerabilityId}`);
    return {
      threatId: threat.id,
      threatName: threat.name,
      vulnerabilityId: vulnerability.id,
      vulnerability: vulnerability.text,
      inherentLikelihood: entry.likelihood,
      inherentImpact: entry.impact,
      inherentLevel: riskLevel(entry.likelihood, entry.impact),
      controlQuestionIds: [...threat.relatedQuestionIds],
    };
  });
}
