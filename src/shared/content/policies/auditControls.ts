import type { PolicyTemplate } from "./types";

/** Recording activity in the systems that hold patient information, 45 CFR 164.312(b). */
export const auditControlsPolicy: PolicyTemplate = {
  id: "audit-controls",
  title: "Audit controls",
  summary: "Turning on and keeping the activity logs of the systems that hold patient information.",
  cfr: ["164.312(b)"],
  usesFacts: ["onSiteServer"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName}'s systems record who looked at, changed or deleted patient information and when, so that misuse can be found and investigated.`],
    },
    {
      heading: "What is logged",
      blocks: [
        [
          "Audit logging is turned on in the practice management software and the imaging software, recording who viewed, changed or deleted patient records and when.",
          c.onSiteServer ? "Sign-ins, failed sign-ins and changes to accounts are logged on the server and the computers." : "Sign-ins, failed sign-ins and changes to accounts are logged on the computers.",
          "The sign-in and activity logs of e-mail and the online services that hold patient information are kept turned on.",
          "Safeguard Desk keeps its own audit log of every change, sign-in and export, which no one can edit or delete.",
        ],
      ],
    },
    {
      heading: "Keeping and protecting the logs",
      blocks: [
        [
          "Logs are kept for at least one year where the system allows, and longer where it offers it. Logs used in an investigation are saved with the incident record and kept for at least six years.",
          "Only the Security Official and the IT provider can reach the log settings. Ordinary users cannot change or delete logs.",
          "When new software or equipment that holds patient information is added, the IT provider turns its logging on and tells the Security Official where the logs are.",
        ],
      ],
    },
    {
      heading: "Review",
      blocks: ["The logs are reviewed as the information system activity review policy sets out."],
    },
  ],
};
