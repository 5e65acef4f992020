import type { PolicyTemplate } from "./types";

/** Recognising, reporting, handling and recording security incidents, 45 CFR 164.308(a)(6). */
export const securityIncidentsPolicy: PolicyTemplate = {
  id: "security-incidents",
  title: "Security incidents",
  summary: "What counts as a security incident, how to report it, and how the practice responds and records it.",
  cfr: ["164.308(a)(6)(i)", "164.308(a)(6)(ii)"],
  usesFacts: ["portableComputers", "mobileDevices"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName} finds and deals with security problems quickly, to limit the harm to patients and to the practice.`],
    },
    {
      heading: "What is a security incident",
      blocks: [
        "A security incident is an attempt, successful or not, to get at, use, change or destroy patient information without permission, or to disrupt the systems that hold it. Examples:",
        [
          "a ransomware message, or files that suddenly cannot be opened;",
          "a click on a phishing link, or a password given to a caller or a fake website;",
          c.portableComputers || c.mobileDevices ? "a lost or stolen laptop, tablet, phone, backup drive or USB drive;" : "a lost or stolen computer, backup drive or USB drive;",
          "patient information sent to the wrong person, by e-mail, fax or mail;",
          "someone looking at records they have no reason to see;",
          "a break-in at the office.",
        ],
      ],
    },
    {
      heading: "Reporting",
      blocks: [
        `Anyone who notices or suspects an incident tells ${c.securityOfficial}, the Security Official, at once, in person or by phone, and in any case the same day. If the Security Official cannot be reached, tell the practice owner. Report even small or uncertain things, and report your own mistakes: no one is sanctioned for reporting in good faith.`,
        "Do not try to investigate on your own, and do not switch off an infected computer unless told to; disconnecting it from the network is usually right.",
      ],
    },
    {
      heading: "Response",
      blocks: [
        "The Security Official leads the response:",
        [
          "Contain: limit the harm, for example by disconnecting an infected computer, changing passwords, or wiping a lost phone remotely.",
          "Get help: call the IT provider, the software vendor, and the cyber-insurance carrier as the policy requires, and legal counsel when needed. The contact list is kept up to date in the contingency plan.",
          "Find out what happened: what information and how many patients were involved, and whether it was encrypted.",
          "Decide whether it is a breach that must be reported, under the breach notification policy, and record the decision and its reasons.",
          "Recover: restore systems and data from backup if needed, under the contingency plan.",
          "Learn: after the incident, review what happened and update the risk analysis, the policies and the training as needed.",
        ],
      ],
    },
    {
      heading: "Records",
      blocks: [
        "Every incident, including suspected and small ones, is recorded in the incident log in Safeguard Desk with what happened, when it was discovered, who was involved, what was done, and how it ended. The records are kept for at least six years.",
      ],
    },
  ],
};
