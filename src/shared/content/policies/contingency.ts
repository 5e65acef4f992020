import type { PolicyContext, PolicyTemplate } from "./types";

function offsiteCopy(c: PolicyContext): string {
  const backup = c.offsiteBackup;
  if (backup.kind === "online") {
    const who = backup.vendor ? `the online backup service, ${backup.vendor}` : "the practice's online backup service";
    return `At least one copy is kept away from the office by ${who}, which keeps protected copies that ransomware in the office cannot change or delete, and has signed a business associate agreement.`;
  }
  if (backup.kind === "drive") {
    return "At least one copy is kept away from the office on an encrypted backup drive that is rotated at least weekly, disconnected from the network when not in use so ransomware cannot reach it, and logged each time it leaves and comes back.";
  }
  return "At least one copy is kept away from the office and protected from ransomware: either by an online backup service that keeps protected copies and has signed a business associate agreement, or on an encrypted backup drive rotated off site at least weekly and disconnected from the network when not in use.";
}

/** Backup, disaster recovery, emergency mode, testing and criticality, 45 CFR 164.308(a)(7). */
export const contingencyPolicy: PolicyTemplate = {
  id: "contingency",
  title: "Contingency planning: backup, disaster recovery and emergency mode",
  summary: "Backups, restoring after a disaster, keeping the practice running during an outage, and testing the plan.",
  cfr: ["164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)", "164.308(a)(7)(ii)(D)", "164.308(a)(7)(ii)(E)"],
  usesFacts: ["offsiteBackup", "onSiteServer"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `${c.practiceName} can keep seeing patients and get its patient information back after a fire, flood, ransomware attack, hardware failure or long power or internet outage.`,
      ],
    },
    {
      heading: "Data backup",
      blocks: [
        [
          c.onSiteServer
            ? "All patient information on the office server and computers (practice management data, X-rays and other images, and scanned documents) is backed up automatically at least once a day."
            : "The practice's cloud software vendors back up the patient information they hold under their business associate agreements; anything kept in the office (images, scanned documents, exports) is backed up automatically at least once a day.",
          offsiteCopy(c),
          "The Security Official or the IT provider checks every week that the backups succeeded, and fixes any failure the same week.",
          "Backup copies are exact and retrievable, and are protected like the originals: encrypted, and reachable only by the people who run them.",
        ],
      ],
    },
    {
      heading: "Which systems come back first",
      blocks: [
        "The Security Official keeps a ranked list of the practice's systems and data by how critical they are for seeing patients, and of the outside services the practice depends on (internet provider, cloud software, IT support). As a starting point:",
        [
          "first: the practice management software with the schedule and patient records, and the imaging software;",
          "next: e-mail, claims and billing;",
          "last: everything else.",
        ],
      ],
    },
    {
      heading: "Disaster recovery",
      blocks: [
        [
          "Written step-by-step instructions for restoring the systems and data from backup are kept with this plan, with who does each step (usually the IT provider) and how long a full restore takes.",
          "The contact list for an emergency (IT provider, software vendors, internet provider, cyber-insurance carrier, building owner) is kept current, printed, and stored both in the office and away from it.",
          "Restored systems are checked for malware and for missing data before they are used again.",
        ],
      ],
    },
    {
      heading: "Emergency mode",
      blocks: [
        "While systems are down, the practice keeps working without putting patient information at risk:",
        [
          "the next day's schedule is printed or exported each evening, and paper downtime forms are kept ready;",
          "paper records made during the outage are kept in a locked place, used only by staff who need them, and entered into the system when it is back, then shredded;",
          "backup drives and emergency passwords are used only by the people the plan names;",
          "the security safeguards stay on as far as possible; anything turned off to keep working is written down and turned back on afterwards.",
        ],
      ],
    },
    {
      heading: "Testing and revision",
      blocks: [
        "At least once a year the IT provider and the Security Official test restoring data from backup (a full restore, or a sample of records and images), and record the date, what was tested and the result. Problems found are fixed and the plan updated. The plan is also reviewed after an incident or a change to the systems.",
      ],
    },
  ],
};
