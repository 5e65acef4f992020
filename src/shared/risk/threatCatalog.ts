/**
 * Reasonably anticipated threats to ePHI (45 CFR 164.306(a)(2)), for OCR's risk analysis element
 * "identify and document potential threats and vulnerabilities". Each threat lists weaknesses it
 * typically exploits, in plain English, and the assessment questions whose answers usually show the
 * safeguards against it. Ids are stored with the user's pairs: never reuse one with a new meaning.
 */
export const THREAT_GROUPS = ["natural", "environmental", "accidental-human", "deliberate-human", "technical"] as const;
export type ThreatGroup = (typeof THREAT_GROUPS)[number];

export const THREAT_GROUP_LABELS: Record<ThreatGroup, string> = {
  natural: "Natural events",
  environmental: "Building and environment",
  "accidental-human": "Mistakes by people",
  "deliberate-human": "People acting on purpose",
  technical: "Technology failures and weaknesses",
};

/** The three properties the Security Rule protects (45 CFR 164.306(a)(1)). */
export type SecurityProperty = "confidentiality" | "integrity" | "availability";

export interface Vulnerability {
  /** Unique within its threat. */
  readonly id: string;
  readonly text: string;
}

export interface Threat {
  readonly id: string;
  readonly name: string;
  readonly group: ThreatGroup;
  readonly description: string;
  readonly affects: readonly SecurityProperty[];
  readonly vulnerabilities: readonly Vulnerability[];
  /** Assessment questions (catalog ids) whose answers usually show the safeguards against this threat. */
  readonly relatedQuestionIds: readonly string[];
}

const v = (id: string, text: string): Vulnerability => ({ id, text });

export const THREATS: readonly Threat[] = [
  {
    id: "flood",
    name: "Flood",
    group: "natural",
    description: "Rising water from a river, storm surge or heavy rain reaches the office.",
    affects: ["availability", "integrity"],
    vulnerabilities: [
      v("equipment-low", "Computers, the server or backup drives sit on the floor or in a basement."),
      v("no-offsite-copy", "Every copy of the data is kept in the office."),
    ],
    relatedQuestionIds: ["q-308a7iiA-2", "q-308a7i-1"],
  },
  {
    id: "severe-storm",
    name: "Severe storm (hurricane, tornado, ice storm)",
    group: "natural",
    description: "A storm damages the building or cuts power and internet for days.",
    affects: ["availability"],
    vulnerabilities: [
      v("no-offsite-copy", "Every copy of the data is kept in the office."),
      v("no-emergency-plan", "There is no plan for seeing patients or reaching records while the office is closed."),
    ],
    relatedQuestionIds: ["q-308a7iiA-2", "q-308a7iiC-1", "q-308a7i-1"],
  },
  {
    id: "earthquake",
    name: "Earthquake",
    group: "natural",
    description: "Shaking damages the building, equipment or the power supply.",
    affects: ["availability", "integrity"],
    vulnerabilities: [
      v("unsecured-equipment", "The server and network equipment are not fastened down and can fall."),
      v("no-offsite-copy", "Every copy of the data is kept in the office."),
    ],
    relatedQuestionIds: ["q-308a7iiA-2", "q-308a7iiB-1"],
  },
  {
    id: "power-outage",
    name: "Power outage or surge",
    group: "environmental",
    description: "The power goes out or spikes, shutting down or damaging equipment mid-work.",
    affects: ["availability", "integrity"],
    vulnerabilities: [
      v("no-ups", "The server and network equipment have no battery backup (UPS) or surge protection."),
      v("no-downtime-procedure", "There is no procedure for running the schedule and check-in on paper."),
    ],
    relatedQuestionIds: ["q-308a7iiC-1", "q-308a7iiE-1"],
  },
  {
    id: "fire",
    name: "Fire",
    group: "environmental",
    description: "A fire in the office or the building destroys equipment and paper records.",
    affects: ["availability"],
    vulnerabilities: [
      v("no-offsite-copy", "Every copy of the data is kept in the office."),
      v("restore-untested", "Restoring from backup has never been tried, so nobody knows it works or how long it takes."),
    ],
    relatedQuestionIds: ["q-308a7iiA-2", "q-308a7iiD-1", "q-308a7iiB-1"],
  },
  {
    id: "water-damage",
    name: "Water damage (burst pipe, leak, sprinklers)",
    group: "environmental",
    description: "Water from plumbing, the roof, the sterilization area or sprinklers reaches equipment or records.",
    affects: ["availability", "integrity"],
    vulnerabilities: [
      v("equipment-near-water", "The server or backup drive sits under pipes, near the sterilization area or on the floor."),
      v("no-offsite-copy", "Every copy of the data is kept in the office."),
    ],
    relatedQuestionIds: ["q-308a7iiA-2", "q-310a2ii-2"],
  },
  {
    id: "lost-device",
    name: "Lost or stolen portable device",
    group: "accidental-human",
    description: "A laptop, phone, tablet or USB drive with patient information is left behind, lost or stolen outside the office.",
    affects: ["confidentiality", "availability"],
    vulnerabilities: [
      v("not-encrypted", "The device or drive is not encrypted, so whoever has it can read it."),
      v("no-screen-lock", "The device has no passcode or screen lock."),
      v("not-tracked", "Nobody keeps track of which devices hold patient information or who has them."),
    ],
    relatedQuestionIds: ["q-312a2iv-1", "q-312a2iv-2", "q-312a2iv-3", "q-310d2iii-1"],
  },
  {
    id: "misdirected-communication",
    name: "Misdirected fax or e-mail",
    group: "accidental-human",
    description: "Patient information is faxed or e-mailed to the wrong number or address.",
    affects: ["confidentiality"],
    vulnerabilities: [
      v("no-verification", "Numbers and addresses are typed by hand and not checked before sending."),
      v("unencrypted-email", "Patient details go out in ordinary, unencrypted e-mail."),
      v("no-cover-sheet", "Faxes have no cover sheet asking a wrong recipient to call and destroy them."),
    ],
    relatedQuestionIds: ["q-312e1-2", "q-312e2ii-1", "q-308a5i-1"],
  },
  {
    id: "improper-disposal",
    name: "Improper disposal of equipment or media",
    group: "accidental-human",
    description: "An old computer, copier, drive, phone or x-ray sensor is thrown away, sold or returned with patient information still on it.",
    affects: ["confidentiality"],
    vulnerabilities: [
      v("no-wiping", "Old equipment is not wiped or destroyed before it leaves the office."),
      v("no-destruction-record", "There is no record of what was disposed of, how and by whom."),
    ],
    relatedQuestionIds: ["q-310d2i-1", "q-310d2i-2", "q-310d2ii-1"],
  },
  {
    id: "accidental-deletion",
    name: "Accidental deletion or change of records",
    group: "accidental-human",
    description: "Someone deletes, overwrites or mis-files patient records or images by mistake.",
    affects: ["integrity", "availability"],
    vulnerabilities: [
      v("broad-rights", "Everyone can delete or change any record, not only those who need to."),
      v("no-point-in-time-backup", "Backups are overwritten daily, so a mistake noticed late cannot be undone."),
    ],
    relatedQuestionIds: ["q-312c1-1", "q-308a7iiA-1"],
  },
  {
    id: "ransomware",
    name: "Ransomware",
    group: "deliberate-human",
    description: "Criminals lock up the practice's files and demand payment, often copying patient data first to threaten its release.",
    affects: ["availability", "confidentiality", "integrity"],
    vulnerabilities: [
      v("no-offline-backup", "No backup copy is offline or otherwise out of the attackers' reach."),
      v("admin-accounts", "Staff work in administrator accounts, so one bad click can reach everything."),
      v("no-anti-malware", "Anti-malware protection is missing or out of date on some computers."),
      v("restore-untested", "Restoring from backup has never been tried."),
    ],
    relatedQuestionIds: ["q-308a7iiA-2", "q-308a5iiB-1", "q-312c1-2", "q-308a7iiD-1"],
  },
  {
    id: "phishing",
    name: "Phishing e-mail",
    group: "deliberate-human",
    description: "A fake e-mail tricks someone into giving away a password or opening a harmful attachment or link.",
    affects: ["confidentiality", "integrity", "availability"],
    vulnerabilities: [
      v("untrained-staff", "Staff have not been shown how to spot suspicious e-mails or whom to tell."),
      v("no-mfa", "E-mail and online services accept a password alone, with no second sign-in step."),
      v("no-filtering", "E-mail has no spam and attachment filtering."),
    ],
    relatedQuestionIds: ["q-308a5iiB-3", "q-312d-2", "q-308a5iiA-1"],
  },
  {
    id: "malware",
    name: "Virus, spyware or other malware",
    group: "deliberate-human",
    description: "Harmful software gets onto a computer from a download, a USB drive or a website and records or damages data.",
    affects: ["confidentiality", "integrity", "availability"],
    vulnerabilities: [
      v("no-anti-malware", "Anti-malware protection is missing or out of date on some computers."),
      v("personal-use", "Practice computers are used for personal browsing, games or downloads."),
      v("admin-accounts", "Staff work in administrator accounts, so malware can change the system."),
    ],
    relatedQuestionIds: ["q-308a5iiB-1", "q-310b-1", "q-312c1-2"],
  },
  {
    id: "insider-snooping",
    name: "Staff looking at records without a need",
    group: "deliberate-human",
    description: "A staff member looks up a neighbor's, relative's or celebrity's record out of curiosity, or copies information.",
    affects: ["confidentiality"],
    vulnerabilities: [
      v("access-not-limited", "Everyone can see every patient's full record, whatever their job."),
      v("no-log-review", "Nobody reviews the software's record of who looked at what."),
      v("no-sanctions", "Staff don't know the consequences of looking without a reason."),
    ],
    relatedQuestionIds: ["q-312a1-1", "q-308a1iiD-1", "q-308a1iiC-2"],
  },
  {
    id: "theft-burglary",
    name: "Theft or break-in at the office",
    group: "deliberate-human",
    description: "Someone breaks in, or walks in during the day, and takes computers, drives or records.",
    affects: ["confidentiality", "availability"],
    vulnerabilities: [
      v("server-unlocked", "The server and backup drives are in an unlocked room anyone can reach."),
      v("not-encrypted", "Computers and drives are not encrypted."),
      v("no-alarm", "The office has no alarm, or the key and code list is out of date."),
    ],
    relatedQuestionIds: ["q-310a1-1", "q-310a2ii-2", "q-312a2iv-1"],
  },
  {
    id: "unauthorized-remote-access",
    name: "Unauthorized remote access",
    group: "deliberate-human",
    description: "Someone outside the office gets into practice systems through remote-access software, an exposed service or a former staff member's account.",
    affects: ["confidentiality", "integrity", "availability"],
    vulnerabilities: [
      v("always-on-remote", "Remote-access tools (TeamViewer, RDP and the like) are always on and need only a password."),
      v("accounts-not-removed", "Accounts of people who left, or of old vendors, still work."),
      v("default-passwords", "The router, firewall or devices still have their factory passwords."),
    ],
    relatedQuestionIds: ["q-312a1-2", "q-312e2ii-3", "q-308a3iiC-2", "q-308a5iiD-3"],
  },
  {
    id: "phone-social-engineering",
    name: "Phone scam or pretexting",
    group: "deliberate-human",
    description: "A caller pretends to be IT support, a vendor, an insurer or a patient to get information, a password or remote access.",
    affects: ["confidentiality", "integrity"],
    vulnerabilities: [
      v("no-caller-check", "Staff don't confirm who is calling before giving out information or access."),
      v("untrained-staff", "Staff have not been warned about phone scams aimed at dental offices."),
    ],
    relatedQuestionIds: ["q-312d-3", "q-308a5iiA-2"],
  },
  {
    id: "vendor-breach",
    name: "Breach at a vendor",
    group: "deliberate-human",
    description: "A company that holds or handles the practice's patient information (software, backup, billing, IT) is hacked or mishandles it.",
    affects: ["confidentiality", "availability"],
    vulnerabilities: [
      v("no-baa", "There is no signed business associate agreement with the vendor."),
      v("vendor-not-vetted", "Nobody has asked how the vendor protects patient information."),
      v("single-copy-at-vendor", "The only copy of some data is at the vendor."),
    ],
    relatedQuestionIds: ["q-308b3-1", "q-308b1-2", "q-314a2i-3"],
  },
  {
    id: "hardware-failure",
    name: "Hardware failure",
    group: "technical",
    description: "A hard drive, server, computer or network device stops working.",
    affects: ["availability", "integrity"],
    vulnerabilities: [
      v("aging-equipment", "The equipment is old or out of warranty."),
      v("backups-unchecked", "Nobody checks that backups succeed."),
      v("no-spare", "There is no spare or replacement plan for critical equipment."),
    ],
    relatedQuestionIds: ["q-308a7iiA-1", "q-308a7iiA-3", "q-308a7iiB-2"],
  },
  {
    id: "software-failure",
    name: "Software failure or data corruption",
    group: "technical",
    description: "A software bug, failed update or crash corrupts the database or images.",
    affects: ["integrity", "availability"],
    vulnerabilities: [
      v("backups-unchecked", "Nobody checks that backups succeed or can be restored."),
      v("no-integrity-check", "Nothing checks that stored data and backups are not corrupted."),
    ],
    relatedQuestionIds: ["q-308a7iiA-3", "q-312c2-2", "q-308a7iiD-1"],
  },
  {
    id: "unpatched-software",
    name: "Attack on unpatched software",
    group: "technical",
    description: "An attacker or malware uses a known flaw in Windows, the practice software or a device that was never updated.",
    affects: ["confidentiality", "integrity", "availability"],
    vulnerabilities: [
      v("updates-not-installed", "Security updates are not installed promptly, or not at all."),
      v("unsupported-system", "A computer or device runs a system its maker no longer supports (for example Windows 7 or 10)."),
    ],
    relatedQuestionIds: ["q-308a5iiB-2"],
  },
  {
    id: "weak-passwords",
    name: "Weak or shared passwords",
    group: "technical",
    description: "Someone gets in because a password is guessable, shared among staff, written down or reused elsewhere.",
    affects: ["confidentiality", "integrity"],
    vulnerabilities: [
      v("shared-logins", "Staff share log-ins such as \"frontdesk\", so nobody can tell who did what."),
      v("weak-rules", "There are no rules for long passwords, and passwords are written on notes."),
      v("no-mfa", "Online services accept a password alone, with no second sign-in step."),
    ],
    relatedQuestionIds: ["q-312a2i-1", "q-308a5iiD-2", "q-312d-2"],
  },
];

const threatsById = new Map(THREATS.map((threat) => [threat.id, threat]));

export function findThreat(id: string): Threat | undefined {
  return threatsById.get(id);
}

export function findVulnerability(threatId: string, vulnerabilityId: string): Vulnerability | undefined {
  return threatsById.get(threatId)?.vulnerabilities.find((vulnerability) => vulnerability.id === vulnerabilityId);
}
