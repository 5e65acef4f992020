/**
 * The draft Business Associate Agreement, as plain data. Each provision says in plain English what
 * the business associate agrees to and names the paragraph of 45 CFR that requires it: the contract
 * terms of 164.504(e) (Privacy Rule) and 164.314(a) (Security Rule).
 *
 * Slots filled in when the document is made (see fillTemplate.ts):
 *   {practice} {practiceLocation} {securityOfficial}  the practice, its address as ", 12 Main St" or "", its Security Official
 *   {vendor} {vendorLocation}                         the vendor, and its address the same way
 *   {servicesNote}                                    " (what the vendor does)", or "" when not recorded
 *   {activities}                                      "creates, receives, maintains and transmits", as recorded
 *   {reportDays}                                      the reporting deadline the draft asks for
 */

export interface BaaProvision {
  id: string;
  heading: string;
  /** The paragraphs of 45 CFR the provision carries out. */
  citations: readonly string[];
  paragraphs: readonly string[];
}

/** The draft asks for reports within this many days; 45 CFR 164.410(b) allows at most 60. */
export const BAA_DRAFT_REPORT_DAYS = 30;

export const BAA_DRAFT_TITLE = "Business Associate Agreement";

export const BAA_DRAFT_NOTICE =
  "This is a draft prepared by {practice} with Safeguard Desk. Read it together with {vendor}, change what both parties agree to change, and consider asking a lawyer to review it before it is signed. The provisions required by 45 CFR 164.504(e) and 164.314(a) must stay in.";

export const BAA_DRAFT_PARTIES =
  "This Business Associate Agreement (the “Agreement”) is made between {practice}{practiceLocation} (the “Practice”) and {vendor}{vendorLocation} (the “Business Associate”). It takes effect on the date of the last signature below.";

export const BAA_DRAFT_BACKGROUND: readonly string[] = [
  "The Practice is a covered entity under the Health Insurance Portability and Accountability Act of 1996 (HIPAA) and its rules at 45 CFR Parts 160 and 164.",
  "The Business Associate provides services to the Practice{servicesNote} and, in doing so, {activities} protected health information (“PHI”), including electronic protected health information (“ePHI”), on the Practice's behalf. That makes it a business associate as defined in 45 CFR 160.103.",
  "HIPAA allows the Practice to let a business associate handle PHI only under a written agreement in which the business associate promises to protect it (45 CFR 164.308(b)(1), 164.502(e)(1)). Each section below says in plain English what the Business Associate agrees to, and names the paragraph of the rule it comes from.",
];

export const BAA_PROVISIONS: readonly BaaProvision[] = [
  {
    id: "definitions",
    heading: "Words used in this Agreement",
    citations: ["45 CFR 160.103", "164.304", "164.402"],
    paragraphs: [
      "Terms such as breach, designated record set, protected health information, required by law, Secretary, security incident, subcontractor and unsecured protected health information have the meanings the HIPAA rules give them in 45 CFR 160.103, 164.304, 164.402 and 164.501.",
    ],
  },
  {
    id: "permitted-uses",
    heading: "What the Business Associate may do with PHI",
    citations: ["45 CFR 164.504(e)(2)(i)", "164.504(e)(4)"],
    paragraphs: [
      "The Business Associate may use and disclose PHI only to provide its services to the Practice, as this Agreement permits or requires, or as required by law. It may not use or disclose PHI in any way that would break Subpart E of 45 CFR Part 164 (the Privacy Rule) if the Practice did it.",
      "The Business Associate may also use PHI for its own proper management and administration and to carry out its legal responsibilities. It may disclose PHI for those purposes only if the law requires the disclosure, or if it first obtains reasonable assurances from the recipient that the information will be held in confidence, used or further disclosed only as required by law or for the purpose for which it was disclosed, and that the recipient will tell the Business Associate of any instance in which the confidentiality of the information has been breached.",
    ],
  },
  {
    id: "minimum-necessary",
    heading: "Only what is needed",
    citations: ["45 CFR 164.502(b)", "164.514(d)"],
    paragraphs: ["The Business Associate will use, disclose and ask for only the minimum PHI needed for the purpose at hand."],
  },
  {
    id: "no-other-use",
    heading: "No other use or disclosure",
    citations: ["45 CFR 164.504(e)(2)(ii)(A)"],
    paragraphs: ["The Business Associate will not use or further disclose PHI other than as this Agreement permits or requires, or as required by law."],
  },
  {
    id: "safeguards",
    heading: "Safeguards, and the Security Rule for ePHI",
    citations: ["45 CFR 164.504(e)(2)(ii)(B)", "164.314(a)(2)(i)(A)"],
    paragraphs: [
      "The Business Associate will use appropriate administrative, physical and technical safeguards to prevent any use or disclosure of PHI that this Agreement does not provide for.",
      "For ePHI, the Business Associate will comply with the applicable requirements of Subpart C of 45 CFR Part 164 (the Security Rule): among other things, it will assess the risks to the ePHI it holds, limit access to the people who need it, train its workforce, and protect ePHI with encryption where that is reasonable and appropriate.",
    ],
  },
  {
    id: "reporting",
    heading: "Reporting improper uses, security incidents and breaches",
    citations: ["45 CFR 164.504(e)(2)(ii)(C)", "164.314(a)(2)(i)(C)", "164.410"],
    paragraphs: [
      "The Business Associate will report to the Practice: any use or disclosure of PHI not provided for by this Agreement that it becomes aware of; any security incident it becomes aware of; and any breach of unsecured PHI, as 45 CFR 164.410 requires.",
      "It will report without unreasonable delay and no later than {reportDays} calendar days after discovering the matter (45 CFR 164.410(b) sets an outer limit of 60 days). A breach report will name each patient whose unsecured PHI was, or is reasonably believed to have been, involved, as far as the Business Associate can identify them, and give the other information the Practice needs to notify patients (45 CFR 164.410(c)).",
      "Attempts that do not lead to access to PHI, such as pings, port scans and blocked sign-in attempts, are reported by this sentence and need no further report.",
    ],
  },
  {
    id: "subcontractors",
    heading: "Subcontractors",
    citations: ["45 CFR 164.504(e)(2)(ii)(D)", "164.502(e)(1)(ii)", "164.314(a)(2)(i)(B)", "164.308(b)(2)"],
    paragraphs: [
      "Before letting a subcontractor create, receive, maintain or transmit PHI on its behalf, the Business Associate will make sure the subcontractor agrees in writing to the same restrictions and conditions that apply to the Business Associate under this Agreement, including compliance with the Security Rule for ePHI.",
    ],
  },
  {
    id: "access",
    heading: "Patients' access to their information",
    citations: ["45 CFR 164.504(e)(2)(ii)(E)", "164.524"],
    paragraphs: [
      "If the Business Associate keeps PHI in a designated record set, it will make that PHI available to the Practice, or to the patient if the Practice asks, in time for the Practice to meet its obligations under 45 CFR 164.524.",
    ],
  },
  {
    id: "amendment",
    heading: "Corrections to patients' information",
    citations: ["45 CFR 164.504(e)(2)(ii)(F)", "164.526"],
    paragraphs: [
      "If the Business Associate keeps PHI in a designated record set, it will make that PHI available for amendment and will make any amendment the Practice directs, in time for the Practice to meet its obligations under 45 CFR 164.526.",
    ],
  },
  {
    id: "accounting",
    heading: "Accounting of disclosures",
    citations: ["45 CFR 164.504(e)(2)(ii)(G)", "164.528"],
    paragraphs: [
      "The Business Associate will keep a record of its disclosures of PHI and make available the information the Practice needs to give a patient an accounting of disclosures under 45 CFR 164.528.",
    ],
  },
  {
    id: "practice-obligations",
    heading: "Work done on the Practice's behalf",
    citations: ["45 CFR 164.504(e)(2)(ii)(H)"],
    paragraphs: [
      "To the extent the Business Associate carries out any of the Practice's obligations under Subpart E of 45 CFR Part 164 (the Privacy Rule), it will comply with the requirements of that Subpart that apply to the Practice in carrying out that obligation.",
    ],
  },
  {
    id: "books-and-records",
    heading: "Books and records for the Secretary",
    citations: ["45 CFR 164.504(e)(2)(ii)(I)"],
    paragraphs: [
      "The Business Associate will make its internal practices, books and records relating to the use and disclosure of PHI received from, or created or received on behalf of, the Practice available to the Secretary of Health and Human Services, so the Secretary can determine whether the Practice complies with HIPAA.",
    ],
  },
  {
    id: "return-or-destroy",
    heading: "Returning or destroying PHI when the Agreement ends",
    citations: ["45 CFR 164.504(e)(2)(ii)(J)"],
    paragraphs: [
      "When this Agreement ends, the Business Associate will, if feasible, return or destroy all PHI received from, or created or received on behalf of, the Practice that it still keeps in any form, and will keep no copies.",
      "If returning or destroying the PHI is not feasible, the Business Associate will tell the Practice why, extend the protections of this Agreement to that PHI, and limit further uses and disclosures to the purposes that make its return or destruction infeasible, for as long as it keeps the PHI.",
    ],
  },
  {
    id: "termination",
    heading: "Ending the Agreement for a material breach",
    citations: ["45 CFR 164.504(e)(2)(iii)", "164.504(e)(1)(ii)", "164.314(a)(1)"],
    paragraphs: [
      "The Practice may end this Agreement, and the services it relates to, if it determines that the Business Associate has violated a material term of this Agreement.",
      "If the Practice learns of a pattern of activity or practice of the Business Associate that is a material breach or violation of this Agreement, it will give the Business Associate written notice and 30 days to cure the breach or end the violation. If that does not succeed, the Practice will end the Agreement where feasible.",
    ],
  },
  {
    id: "term",
    heading: "How long the Agreement lasts",
    citations: ["45 CFR 164.504(e)(2)(ii)(J)"],
    paragraphs: [
      "This Agreement lasts for as long as the Business Associate provides services to the Practice, and after that for as long as the Business Associate keeps any PHI received from, or created or received on behalf of, the Practice.",
    ],
  },
  {
    id: "changes-in-law",
    heading: "Changes in the law, and reading this Agreement",
    citations: ["45 CFR Parts 160 and 164"],
    paragraphs: [
      "The parties will amend this Agreement as needed to keep it in line with the HIPAA rules as they change. Any unclear wording will be read in the way that allows the Practice to comply with those rules. Nothing in this Agreement gives rights to anyone other than the Practice and the Business Associate.",
    ],
  },
];

export const BAA_DRAFT_SIGNATURE_INTRO = "Signed for each party by a person authorized to sign for it.";
