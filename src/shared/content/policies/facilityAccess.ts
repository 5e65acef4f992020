import type { PolicyTemplate } from "./types";

/** Keeping the office and its equipment safe from unauthorized entry, 45 CFR 164.310(a). */
export const facilityAccessPolicy: PolicyTemplate = {
  id: "facility-access",
  title: "Facility access",
  summary: "Locks, keys, alarm codes, visitors, emergency entry and maintenance records for the office.",
  cfr: ["164.310(a)(1)", "164.310(a)(2)(i)", "164.310(a)(2)(ii)", "164.310(a)(2)(iii)", "164.310(a)(2)(iv)"],
  usesFacts: ["onSiteServer"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName} protects its office and the equipment in it from entry, tampering and theft, while letting the right people in.`],
    },
    {
      heading: "Facility security plan",
      blocks: [
        [
          "The office is locked whenever no staff member is there, and the alarm is set after hours.",
          "The last person to leave follows the closing routine: computers locked or shut down, records put away, doors and windows locked, alarm set.",
          c.onSiteServer
            ? "The server and network equipment are in a locked room or cabinet that patients and visitors cannot reach. Only the Security Official, the office manager and the IT provider have the key."
            : "There is no server in the office. The router and network equipment are kept out of reach of patients and visitors.",
          "Paper records and backup drives are kept in locked cabinets.",
        ],
      ],
    },
    {
      heading: "Keys, cards and codes",
      blocks: [
        [
          "The office manager keeps a current list of who has keys, key cards and alarm codes. Staff get only the access their role needs.",
          "When someone leaves or loses a key, locks are rekeyed or cards cancelled and the alarm code changed, as the risk requires.",
          "Access to restricted rooms is checked whenever roles change.",
        ],
      ],
    },
    {
      heading: "Visitors and technicians",
      blocks: [
        "Visitors, vendors and repair technicians are signed in, and accompanied when they are in areas with computers or patient information. Only the IT provider, with the Security Official's approval, may install, test or change software or equipment.",
      ],
    },
    {
      heading: "Emergency entry",
      blocks: [
        `In an emergency (fire, flood, break-in), ${c.securityOfficial} or the practice owner lets in the people needed to restore systems and data, such as the IT provider after hours, and stays with them. The contact list for this is kept with the contingency plan.`,
      ],
    },
    {
      heading: "Maintenance records",
      blocks: [
        "Repairs and changes to the security-related parts of the office (locks, doors, the alarm system, cameras) and each rekeying or alarm-code change are recorded with the date, what was done and who did it.",
      ],
    },
  ],
};
