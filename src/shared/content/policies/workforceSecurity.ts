import type { PolicyTemplate } from "./types";

/** Who may work with patient information, and what happens when they join or leave, 45 CFR 164.308(a)(3). */
export const workforceSecurityPolicy: PolicyTemplate = {
  id: "workforce-security",
  title: "Workforce security",
  summary: "Authorizing and supervising staff, screening new hires, and removing access when someone leaves.",
  cfr: ["164.308(a)(3)(i)", "164.308(a)(3)(ii)(A)", "164.308(a)(3)(ii)(B)", "164.308(a)(3)(ii)(C)"],
  usesFacts: ["portableComputers", "mobileDevices", "remoteAccess"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `Each person at ${c.practiceName} can reach only the patient information their job needs, and people who should not have it cannot get to it. This policy covers joining, working and leaving.`,
      ],
    },
    {
      heading: "Authorization and supervision",
      blocks: [
        [
          `No one works with patient information until ${c.securityOfficial} or the office manager has approved their role and level of access, and that approval is recorded.`,
          "New staff work under the supervision of an experienced team member until their training is done.",
          "People who work where patient information can be seen but do not need it (cleaning crew, temporary workers, students, visiting vendors and repair technicians) are supervised, or kept away from patient information: screens locked, records put away, no accounts.",
        ],
      ],
    },
    {
      heading: "Screening before access",
      blocks: [
        "Before a new workforce member gets access to patient information, the practice checks that they are suitable for the role:",
        [
          "references from previous employers;",
          "a check of professional licenses and registrations for clinical roles;",
          "a background check where the role calls for it (for example billing or office management) and the law allows it.",
        ],
        "The Security Official confirms and records that each person's level of access fits their job, before granting it and again whenever the job changes.",
      ],
    },
    {
      heading: "When someone leaves",
      blocks: [
        "When employment or a contract ends, the office manager follows the leaving checklist and records who did each step and when:",
        [
          "turn off all of the person's accounts (practice software, imaging, e-mail, Windows, cloud services and Safeguard Desk) by the end of their last day, or at once if they are let go;",
          c.remoteAccess ? "turn off their remote access;" : null,
          "collect keys, key cards and badges;",
          c.portableComputers || c.mobileDevices
            ? `collect practice ${c.portableComputers && c.mobileDevices ? "laptops, tablets and phones" : c.portableComputers ? "laptops and tablets" : "phones and tablets"}, and remove practice e-mail and apps from any personal phone they used for work;`
            : null,
          "change the alarm code, door codes, the Wi-Fi password and any shared password they knew;",
          "remind them that the duty to keep patient information confidential continues after they leave.",
        ],
      ],
    },
  ],
};
