import type { PolicyTemplate } from "./types";

/** Deciding, granting, changing and reviewing access by role, 45 CFR 164.308(a)(4). */
export const informationAccessPolicy: PolicyTemplate = {
  id: "information-access",
  title: "Information access management",
  summary: "Who may see which patient information, by role, and how access is approved, changed and reviewed.",
  cfr: ["164.308(a)(4)(i)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)"],
  conditionalCfr: (c) => (c.isPartOfClearinghouse ? ["164.308(a)(4)(ii)(A)"] : []),
  usesFacts: [],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`At ${c.practiceName}, access to patient information is based on what each role needs to do its work, and no more.`],
    },
    {
      heading: "Access by role",
      blocks: [
        "The Security Official keeps a written list of the systems and the level of access each role gets. As a starting point:",
        [
          "Dentists and hygienists: the full clinical record and images of the patients they treat, and the schedule.",
          "Dental assistants: clinical records, images and the schedule, without billing details beyond what treatment needs.",
          "Front desk: demographics, insurance, the schedule and balances; clinical notes only as needed to schedule and check patients in.",
          "Billing: demographics, insurance, claims and payments; clinical information only as needed for claims.",
          "Office manager: what the other roles have, plus user accounts and reports, as the Security Official approves.",
          "Administrator rights on computers and software: only the Security Official and the IT provider, used only for administration.",
        ],
      ],
    },
    {
      heading: "Granting and changing access",
      blocks: [
        [
          "Access is granted only after the Security Official or the office manager approves it, and the approval is recorded with the date.",
          "When someone changes jobs (for example from the front desk to billing), their access is changed to match the new role on the day the change happens, and access they no longer need is removed.",
          "Each account's creation, change and removal is recorded with the date and who approved it.",
        ],
      ],
    },
    {
      heading: "Reviewing access",
      blocks: [
        "At least once a year, the Security Official reviews every user account in every system that holds patient information, confirms each person still needs the access they have, and removes what is no longer needed. The review is recorded with its date and results.",
      ],
    },
    c.isPartOfClearinghouse && {
      heading: "Keeping the clearinghouse separate",
      blocks: [
        "The part of the organization that works as a health care clearinghouse keeps its electronic patient information separate from the rest of the organization: separate systems or a separate network segment, separate accounts, and access only for the staff trained for clearinghouse work.",
      ],
    },
  ],
};
