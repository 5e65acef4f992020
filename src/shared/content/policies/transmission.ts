import type { PolicyTemplate } from "./types";

/** Protecting patient information sent over networks, 45 CFR 164.312(e). */
export const transmissionPolicy: PolicyTemplate = {
  id: "transmission",
  title: "Transmission security",
  summary: "How patient information may be sent electronically: e-mail, claims, portals, fax, Wi-Fi and remote access.",
  cfr: ["164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"],
  usesFacts: ["emailsPatientInfo", "remoteAccess", "mobileDevices"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`Patient information that ${c.practiceName} sends electronically is protected from being read or changed on the way.`],
    },
    {
      heading: "Knowing how information leaves the office",
      blocks: [
        "The Security Official keeps a list of every way patient information leaves the office electronically (claims, e-mail, e-fax, the patient portal or reminder service, referrals and image sharing), in the risk analysis inventory. A new way is used only after the Security Official approves it.",
      ],
    },
    {
      heading: "Approved ways to send patient information",
      blocks: [
        [
          "Claims, portals, image-sharing and e-fax services are used only over secure connections (https/TLS) that protect the information from being read or altered in transit, and only from vendors with a business associate agreement.",
          c.emailsPatientInfo
            ? "E-mail with patient information to anyone outside the practice is sent only through the practice's encrypted e-mail service or secure portal, never in ordinary unencrypted e-mail."
            : "The practice does not send patient information by e-mail outside the practice. If that becomes necessary, the Security Official first sets up an encrypted e-mail service or secure portal, and only that may be used.",
          "When a patient asks to receive their own information by ordinary e-mail, staff explain the risk; if the patient still prefers it, it may be sent that way and the patient's choice is noted in the record.",
          "Before faxing, check the number; use the numbers saved for regular recipients, and a cover sheet.",
          c.mobileDevices ? "Patient information is never sent by ordinary text message or personal messaging apps." : "Patient information is never sent by text message or personal messaging apps.",
        ],
      ],
    },
    {
      heading: "The office network",
      blocks: [
        [
          "The staff Wi-Fi uses WPA2 or WPA3 encryption with a strong password that is changed when staff leave. Patients and visitors use a separate guest network that cannot reach practice systems.",
          "The firewall and router are kept up to date by the IT provider, and their default passwords are changed.",
        ],
      ],
    },
    c.remoteAccess && {
      heading: "Remote access",
      blocks: [
        "Remote access to practice systems, for staff working from home or for vendor support, is always encrypted, through a VPN or the vendor's encrypted remote-support tool that the Security Official approves. Connections that are not encrypted are not allowed.",
      ],
    },
  ],
};
