import type { PolicyTemplate } from "./types";

/** Written policies and records, kept six years, available and up to date, 45 CFR 164.316. */
export const documentationPolicy: PolicyTemplate = {
  id: "documentation",
  title: "Documentation and retention",
  summary: "How policies and security records are written, approved, made available, updated and kept for six years.",
  cfr: ["164.316(a)", "164.316(b)(1)", "164.316(b)(2)(i)", "164.316(b)(2)(ii)", "164.316(b)(2)(iii)", "164.306(d)(3)"],
  usesFacts: [],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName} keeps its security policies and the records of its security work in writing, current, and available to the people who need them.`],
    },
    {
      heading: "What is kept in writing",
      blocks: [
        [
          "These security policies and procedures, each with its versions, approvals and change history, in Safeguard Desk.",
          "The records of actions and assessments the Security Rule requires: risk analyses and risk management plans, safeguard assessments and evaluations, decisions on addressable safeguards with their reasons, training and acknowledgments, access approvals and reviews, activity reviews, security incidents and breach decisions, business associate agreements, and device disposal records.",
        ],
      ],
    },
    {
      heading: "Changing a policy",
      blocks: [
        [
          "Anyone may suggest a change to the Security Official. Each change is saved as a new version with a summary of what changed, who made it and when.",
          "An Administrator approves each version before it takes effect; the version it replaces is kept, marked with the dates it was in effect.",
          "Staff are told about each new version and acknowledge it.",
        ],
      ],
    },
    {
      heading: "Keeping records for six years",
      blocks: [
        "Every policy version and every record above is kept for at least six years from the date it was created or the date it was last in effect, whichever is later. Safeguard Desk shows each policy version's retention date and never deletes a version before it. Records on paper are kept in a locked place for the same time.",
      ],
    },
    {
      heading: "Availability",
      blocks: [
        `The policies in effect are available to everyone who carries them out: in Safeguard Desk, and printed in the office's security binder. New staff are shown where they are during training. ${c.securityOfficial} can print any policy or record for an auditor or for the Office for Civil Rights.`,
      ],
    },
    {
      heading: "Review and updates",
      blocks: [
        "Each policy is reviewed at least once a year, and Safeguard Desk reminds the Security Official when a review is due. Policies are also reviewed and updated when something changes that affects security: new software or equipment, a new vendor, a move, a security incident, a change in the law, or what the yearly risk analysis finds.",
      ],
    },
  ],
};
