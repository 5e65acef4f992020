import type { PolicyTemplate } from "./types";

/** Vendors that handle patient information, and their agreements, 45 CFR 164.308(b) and 164.314(a). */
export const businessAssociatesPolicy: PolicyTemplate = {
  id: "business-associates",
  title: "Business associates",
  summary: "Which vendors are business associates, the agreement each must sign, and how the practice keeps track of them.",
  cfr: ["164.308(b)(1)", "164.308(b)(3)", "164.314(a)(1)", "164.314(a)(2)(i)", "164.314(a)(2)(ii)", "164.314(a)(2)(iii)", "164.504(e)"],
  conditionalCfr: (c) => (c.sponsorsGroupHealthPlan ? ["164.314(b)(1)", "164.314(b)(2)"] : []),
  usesFacts: ["offsiteBackup"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `${c.practiceName} lets an outside company or person create, receive, keep or send its patients' electronic information only after they have promised in writing, in a business associate agreement (BAA), to protect it.`,
      ],
    },
    {
      heading: "Who is a business associate",
      blocks: [
        "A business associate is a vendor that handles patient information on the practice's behalf. For a dental office these usually include:",
        [
          "the IT support provider;",
          "the practice management or imaging software vendor, when it hosts the data or connects in for support;",
          c.offsiteBackup.kind === "online" ? `the online backup service${c.offsiteBackup.vendor ? `, ${c.offsiteBackup.vendor}` : ""};` : "an online backup service, if the practice uses one;",
          "billing and collections services, and the claims clearinghouse when it acts for the practice;",
          "e-mail, e-fax, patient reminder, online forms and patient portal services;",
          "shredding and device disposal companies, and the accountant or lawyer when they see patient information.",
        ],
        "Other health care providers who receive information to treat a patient (specialists, dental laboratories) are not business associates for that purpose.",
      ],
    },
    {
      heading: "The agreement",
      blocks: [
        [
          "A BAA is signed before the vendor gets any patient information, including during free trials and data conversions.",
          "Each BAA requires the vendor to: comply with the HIPAA Security Rule for the practice's electronic patient information; make its own subcontractors that handle it agree to the same protections in writing; report security incidents to the practice, including breaches of unsecured information, without unreasonable delay and within 60 days; and return or destroy the information when the contract ends.",
          "It also contains the other terms 45 CFR 164.504(e) requires, and lets the practice end the contract if the vendor breaks a material term.",
          "The Security Official checks each BAA against these terms before it is signed. An arrangement other than a BAA is used only where the law allows it, and only after it is checked against 164.504(e)(3).",
        ],
      ],
    },
    {
      heading: "Keeping track",
      blocks: [
        [
          "The Security Official keeps the vendor register in Safeguard Desk: every vendor that handles patient information, what it does, and the state and date of its BAA, with the signed BAA attached.",
          "Each BAA, and each key vendor's security, is reviewed at least once a year, for example with a short security questionnaire.",
          "If the practice learns that a vendor is breaking its BAA in a material way, the practice requires it to fix the problem and, if it does not, ends the contract where possible.",
          "When the practice does work for another practice that involves that practice's patient information, it signs a BAA with that practice and gets BAAs with the same terms from any subcontractor it uses for the work.",
        ],
      ],
    },
    c.sponsorsGroupHealthPlan && {
      heading: "The group health plan",
      blocks: [
        "Because the practice sponsors a group health plan for its employees, the plan documents require the practice, as plan sponsor, to safeguard the electronic health information it receives from the plan: to put safeguards in place, keep the plan's information separate from employment decisions, make sure its agents agree to the same safeguards, and report security incidents to the plan.",
      ],
    },
  ],
};
