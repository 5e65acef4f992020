import type { PolicyTemplate } from "./types";

/** How practice computers may be used, and how they are protected, 45 CFR 164.310(b) and (c). */
export const workstationsPolicy: PolicyTemplate = {
  id: "workstations",
  title: "Workstation use and security",
  summary: "What practice computers may be used for, and how screens, computers and portable devices are protected.",
  cfr: ["164.310(b)", "164.310(c)"],
  usesFacts: ["portableComputers", "mobileDevices", "remoteAccess"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`The computers at ${c.practiceName} are used safely, so that patient information on them is seen only by the people who should see it.`],
    },
    {
      heading: "Using practice computers",
      blocks: [
        [
          "Practice computers are for practice work. Do not use them for personal e-mail, social media, games, or downloading programs, music or films.",
          "Sign in with your own account only, and never let anyone else work under your sign-in.",
          "Do not install software or connect your own devices (USB drives, phones for charging) to practice computers.",
          "Save patient information only in the practice software or the folders the Security Official names, never on the computer's desktop or in personal cloud storage.",
        ],
      ],
    },
    {
      heading: "Protecting screens and computers",
      blocks: [
        [
          "Screens at the front desk and in operatories are placed, or fitted with privacy filters, so that patients and visitors cannot read them.",
          "Lock the screen (Windows key + L) whenever you step away, even for a moment. Computers also lock themselves after a few minutes without use.",
          "In an operatory, lock the screen before leaving a patient alone in the room, and keep keyboards out of patients' reach.",
          "Computers in patient areas stay in staffed areas or behind the counter.",
        ],
      ],
    },
    c.portableComputers && {
      heading: "Laptops and tablets",
      blocks: [
        [
          "Laptops and tablets with patient information have full-disk encryption turned on before they are used (see the access control policy).",
          "When not in use they are locked in a drawer or cabinet, or secured with a cable lock. They are never left in a car, even locked, or unattended in a public place.",
          "Only practice staff use them; family members may not.",
        ],
      ],
    },
    c.mobileDevices && {
      heading: "Phones and tablets, including personal ones",
      blocks: [
        "A personal phone or tablet may be used for practice e-mail or apps only after the Security Official approves it and it meets these rules:",
        [
          "locked with a passcode of at least six digits, or a fingerprint or face, and encrypted (current phones are when a passcode is set);",
          "kept up to date with the maker's security updates;",
          "set up so the practice's e-mail and apps can be removed remotely if it is lost or the person leaves;",
          "no patient photos or X-rays kept in the phone's own photo library or sent by text message.",
        ],
      ],
    },
    c.remoteAccess && {
      heading: "Working away from the office",
      blocks: [
        "Staff who work from home or elsewhere connect only through the remote-access method the Security Official approves, from a computer that meets these rules, in a place where others cannot see the screen, and never over public Wi-Fi without that method.",
      ],
    },
  ],
};
