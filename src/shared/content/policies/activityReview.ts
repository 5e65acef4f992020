import type { PolicyTemplate } from "./types";

/** Regular review of audit logs and activity reports, 45 CFR 164.308(a)(1)(ii)(D). */
export const activityReviewPolicy: PolicyTemplate = {
  id: "activity-review",
  title: "Information system activity review",
  summary: "Regular checks of audit logs, failed log-ins and other activity reports to catch misuse early.",
  cfr: ["164.308(a)(1)(ii)(D)"],
  usesFacts: ["remoteAccess"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName} regularly looks at the records its systems keep of who did what, so that misuse or an attack is noticed early.`],
    },
    {
      heading: "What is reviewed, and how often",
      blocks: [
        "At least once a month, the Security Official (or a person they name, who is not reviewing their own activity) looks at:",
        [
          "the practice management and imaging software's audit logs, looking for unusual access: records of co-workers, family members or well-known patients, access outside working hours, very many records opened or exported;",
          "failed and unusual log-ins, for example at night or from an unfamiliar place;",
          c.remoteAccess ? "remote-access and remote-support sessions: who connected, when, and whether each was expected;" : null,
          "the audit log in Safeguard Desk, and its integrity check;",
          "backup reports and anti-malware alerts;",
          "the security incident log.",
        ],
        "The review is also done right away when something suggests a problem, such as a patient complaint or a report from staff.",
      ],
    },
    {
      heading: "Recording the review",
      blocks: [
        "Each review is recorded with the date, who reviewed, what was looked at, what was found, and what was done about it. A review that finds nothing is recorded too.",
        "Anything suspicious is handled under the security incident policy. Findings that show a weakness go into the risk management plan.",
      ],
    },
  ],
};
