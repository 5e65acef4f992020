import type { PolicyTemplate } from "./types";

/** Protecting patient information from improper change or destruction, 45 CFR 164.312(c). */
export const integrityPolicy: PolicyTemplate = {
  id: "integrity",
  title: "Integrity",
  summary: "Keeping patient information from being changed or destroyed improperly, and noticing when it is.",
  cfr: ["164.312(c)(1)", "164.312(c)(2)"],
  usesFacts: [],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`The patient information ${c.practiceName} relies on for care and billing is accurate and complete, and is not changed or destroyed without permission.`],
    },
    {
      heading: "Protecting records from change",
      blocks: [
        [
          "Only staff whose job needs it may change or delete patient records, and the software is set up to enforce that.",
          "Clinical records are corrected by adding a dated correction, not by deleting or overwriting what was there.",
          "Staff work in everyday (non-administrator) accounts, so that a mistake or malicious software cannot change system files or wipe data.",
          "Anti-malware protection and prompt security updates, as the training policy sets out, guard against software that changes or encrypts data.",
        ],
      ],
    },
    {
      heading: "Noticing changes",
      blocks: [
        [
          "The practice management software's audit trail shows whether a record was changed, by whom and when; it stays turned on.",
          "The backup system verifies that backup copies are complete and unaltered (for example with backup verification or checksums), and the weekly backup check looks at the result.",
          "Safeguard Desk's audit log is protected by a chain of checksums, and its integrity check is run in each monthly activity review.",
          "Anyone who notices a record that looks wrong, or data that is missing, reports it to the Security Official as a possible security incident.",
        ],
      ],
    },
  ],
};
