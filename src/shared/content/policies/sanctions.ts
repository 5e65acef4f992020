import type { PolicyTemplate } from "./types";

/** Consequences for breaking the security policies, applied fairly and written down, 45 CFR 164.308(a)(1)(ii)(C). */
export const sanctionsPolicy: PolicyTemplate = {
  id: "sanctions",
  title: "Sanctions",
  summary: "What happens when someone breaks the security policies, and how sanctions are decided and recorded.",
  cfr: ["164.308(a)(1)(ii)(C)"],
  usesFacts: [],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `Everyone at ${c.practiceName} is expected to follow the security policies. This policy says what happens when someone does not, so that sanctions are fair, consistent and written down.`,
      ],
    },
    {
      heading: "Levels of sanctions",
      blocks: [
        "The sanction fits what happened. As a guide:",
        [
          "A mistake made without bad intent (for example leaving a computer unlocked, or sending a message to the wrong patient): coaching and retraining, written down.",
          "Carelessness, or the same mistake again (for example sharing a password, or repeatedly ignoring a rule after retraining): a written warning, retraining, and possibly reduced access.",
          "A deliberate violation (for example looking up a patient's record out of curiosity, including a family member's or a co-worker's; taking patient information home without permission; disabling a safeguard; using someone else's log-in): suspension or termination of employment or contract.",
          "A violation of the law may also be reported to a licensing board or to law enforcement.",
        ],
      ],
    },
    {
      heading: "How sanctions are decided",
      blocks: [
        [
          "The Security Official looks into what happened and hears the person's side.",
          "The practice owner decides the sanction with the Security Official, considering intent, harm to patients, whether it happened before, and whether the person reported it themselves.",
          "Sanctions apply to everyone in the same way, whatever their role, including dentists and owners.",
        ],
      ],
    },
    {
      heading: "Reporting in good faith",
      blocks: [
        `No one is sanctioned for reporting a security problem in good faith to ${c.securityOfficial}, including a mistake of their own that they report promptly. Reporting early is what limits the harm.`,
      ],
    },
    {
      heading: "Records",
      blocks: [
        "Each sanction is recorded with the date, the person, what happened, the policy broken, and the sanction applied. The record is kept in the person's file and with the incident record, for at least six years.",
        "Staff are told about this policy in their training and acknowledge it.",
      ],
    },
  ],
};
