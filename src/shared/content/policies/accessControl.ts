import type { PolicyTemplate } from "./types";

/** Unique IDs, emergency access, automatic logoff and encryption, 45 CFR 164.312(a). */
export const accessControlPolicy: PolicyTemplate = {
  id: "access-control",
  title: "Access control",
  summary: "Everyone's own sign-in, emergency access, automatic logoff, and encryption of computers and devices.",
  cfr: ["164.312(a)(1)", "164.312(a)(2)(i)", "164.312(a)(2)(ii)", "164.312(a)(2)(iii)", "164.312(a)(2)(iv)"],
  usesFacts: ["portableComputers", "mobileDevices", "removableMedia", "onSiteServer", "remoteAccess"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName}'s systems let each person reach only the patient information and functions their role needs, and keep the information unreadable to anyone else.`],
    },
    {
      heading: "Each person's own sign-in",
      blocks: [
        [
          "Everyone who uses a system with patient information has their own user name. Shared log-ins such as \"frontdesk\" or \"hygiene\" are not allowed, in Windows, the practice software, the imaging software, e-mail or Safeguard Desk.",
          "Vendors and the IT provider sign in with their own named accounts, never a staff member's account or a shared administrator account.",
          "Each system is set up so that a user can reach only what their role needs, as the information access management policy sets out.",
          c.remoteAccess ? "Remote access is limited to the people the Security Official approves, and vendor remote-support access is turned on only for a session the practice expects." : null,
        ],
      ],
    },
    {
      heading: "Emergency access",
      blocks: [
        [
          "The administrator passwords for the computers, the practice software and key online services are kept sealed in the office safe or in a password manager, and at least two trusted people (the Security Official and the practice owner) can reach them.",
          "If the usual administrator cannot be reached or a system fails, one of them may use these passwords to get to patient information needed for patient care.",
          "Each emergency use is recorded (who, when, why and what was done) and reported to the Security Official, and the passwords used are changed afterwards.",
        ],
      ],
    },
    {
      heading: "Automatic logoff",
      blocks: [
        [
          "Computers lock automatically after no more than 10 minutes without use, and after no more than 5 minutes at the front desk and in operatories.",
          "The practice management and imaging software sign users out or lock after a period without use, where they offer it.",
          "Safeguard Desk locks itself after the number of minutes set in its Settings.",
        ],
      ],
    },
    {
      heading: "Encryption",
      blocks: [
        [
          c.portableComputers
            ? "Every laptop and tablet that holds or reaches patient information has full-disk encryption turned on (BitLocker on Windows, FileVault on a Mac, or the device's built-in encryption) before it is used with patient information. The recovery keys are kept by the Security Official, not on the device."
            : "Any laptop or tablet the practice starts to use with patient information must have full-disk encryption turned on (BitLocker on Windows, FileVault on a Mac) before it is used.",
          c.onSiteServer ? "The server's drives, and any desktop computer that could easily be carried off, are encrypted where the system supports it." : "Desktop computers that could easily be carried off are encrypted where the system supports it.",
          c.mobileDevices ? "Phones and tablets that reach patient information, including practice e-mail, are encrypted and protected with a passcode." : null,
          c.removableMedia ? "Backup drives, USB drives and other removable media with patient information are encrypted." : null,
          "Safeguard Desk keeps its records in an encrypted vault.",
          "Where encryption is not reasonable for a device, the Security Official writes down why and what is done instead, as 45 CFR 164.306(d)(3) requires.",
        ],
      ],
    },
  ],
};
