import { best, met, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

const NOT_A_PLAN_SPONSOR =
  "This applies only to a practice that sponsors a group health plan for its staff and gets electronic health information from the plan beyond summary or enrollment information. Your practice profile says the practice does not sponsor a group health plan.";

/** 45 CFR 164.314: what business associate contracts and group health plan documents must say. */
export const organizationalRequirements: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.314(a)(1)",
    safeguard: "organizational",
    standard: "Business associate contracts or other arrangements",
    standardCfr: "164.314(a)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "The written contract or other arrangement you need with each business associate (see 164.308(b)) must contain certain security terms. Which terms depends on the kind of arrangement: a business associate contract, another arrangement, or a contract between a business associate and its subcontractor.",
    smallPracticeExample:
      "Kingsley Dental compares each vendor's BAA with a checklist built from the HHS sample business associate agreement provisions before signing. When a vendor's own BAA was missing the security-incident reporting clause, the office manager asked for an addendum.",
    nistActivities: [
      "Contract must provide that business associates will comply with the applicable requirements of the Security Rule",
      "Contract must provide that the business associates enter into contracts with subcontractors to ensure the protection of ePHI",
      "Contract must provide that business associates will report security incidents",
      "Other arrangements",
      "Business associate contracts with subcontractors",
    ],
    questions: [
      {
        id: "q-314a1-1",
        text: "Do you check each business associate agreement against a list of the required security terms (for example the HHS sample BAA provisions) before signing it?",
        options: yesPartlyNo({
          yes: "Checking the terms makes sure each contract meets this standard.",
          partly: "Check the older agreements too; many were signed before the 2013 changes.",
          no: "Vendor-written BAAs sometimes leave out required terms.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.314(a)(2)(i)",
    safeguard: "organizational",
    standard: "Business associate contracts or other arrangements",
    standardCfr: "164.314(a)(1)",
    specification: "Business associate contracts",
    status: "required",
    plainLanguage:
      "Each business associate contract must say that the business associate will (A) comply with the Security Rule, (B) make sure its subcontractors that handle your patients' electronic information agree, by contract, to do the same, and (C) report any security incident it becomes aware of to you, including breaches of unsecured patient information. Agreements signed before 2013 and never updated often lack the current wording, such as reporting breaches of unsecured patient information.",
    smallPracticeExample:
      "Dr. Nguyen's office reviewed its five BAAs after the cloud backup vendor was bought by a larger company. Each one states that the vendor complies with the Security Rule, flows the same terms down to its subcontractors such as its data center, and reports security incidents and breaches to the practice.",
    nistActivities: [
      "Contract must provide that business associates will comply with the applicable requirements of the Security Rule",
      "Contract must provide that the business associates enter into contracts with subcontractors to ensure the protection of ePHI",
      "Contract must provide that business associates will report security incidents",
    ],
    questions: [
      {
        id: "q-314a2i-1",
        text: "Do all your BAAs require the vendor to comply with the HIPAA Security Rule for your patients' electronic information?",
        options: options(
          best("all", "Yes, all of them", "This clause is required in every business associate contract."),
          partial("some", "Some of them, or older agreements don't say this", "Update the older agreements; the clause has been required since 2013."),
          notMet("none", "No", "Gap in a required item."),
        ),
      },
      {
        id: "q-314a2i-2",
        text: "Do your BAAs require each vendor to make its own subcontractors that handle your patients' information (for example the data center it uses) agree to the same protections?",
        options: options(
          best("all", "Yes, all of them", "This clause is required and carries protection down the chain."),
          partial("some", "Some of them", "Add the subcontractor clause to the rest."),
          notMet("none", "No", "Gap in a required item: subcontractors may hold your data with no obligations."),
        ),
      },
      {
        id: "q-314a2i-3",
        text: "Do your BAAs require each vendor to report security incidents to you, including breaches of unsecured patient information?",
        options: options(
          best("all-with-contact", "Yes, all of them, with a named contact and a time frame", "This meets the clause and makes reports actionable."),
          met("all", "Yes, all of them", "The required clause is there; adding a contact and time frame helps in practice."),
          partial("some", "Some of them", "Add the reporting clause to the rest."),
          notMet("none", "No", "Gap in a required item: you may never hear about an incident at a vendor."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.314(a)(2)(ii)",
    safeguard: "organizational",
    standard: "Business associate contracts or other arrangements",
    standardCfr: "164.314(a)(1)",
    specification: "Other arrangements",
    status: "required",
    plainLanguage:
      "Instead of a contract, a covered entity may rely on another arrangement that meets 164.504(e)(3), mainly where both sides are government bodies (a memorandum of understanding, or a law that imposes the same duties) or where a law requires the business associate to do the work. A private dental practice almost always uses a signed BAA instead.",
    smallPracticeExample:
      "A county-run dental clinic shares patient information with the county IT department under a memorandum of understanding that contains the same security terms a BAA would. A private practice like Dr. Lee's simply uses signed BAAs with every vendor.",
    nistActivities: ["Other arrangements"],
    questions: [
      {
        id: "q-314a2ii-1",
        text: "Do you rely on anything other than a signed BAA (for example a memorandum of understanding with a government agency) for any vendor that handles patient information?",
        options: options(
          best("baa-for-all", "No, every business associate has a signed BAA", "Nothing else to check for this specification."),
          met("compliant-arrangement", "Yes, and it has been checked against 164.504(e)(3)", "A qualifying other arrangement satisfies the standard; keep it on file."),
          partial("unchecked-arrangement", "Yes, but no one has checked it meets 164.504(e)(3)", "Have it reviewed; otherwise treat that vendor as having no valid arrangement."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.314(a)(2)(iii)",
    safeguard: "organizational",
    standard: "Business associate contracts or other arrangements",
    standardCfr: "164.314(a)(1)",
    specification: "Business associate contracts with subcontractors",
    status: "required",
    plainLanguage:
      "The same contract terms apply one level down: when a business associate lets a subcontractor handle the information, their contract must contain the same protections. This binds your practice directly only where it acts as a business associate for another covered entity (for example doing billing for other offices); otherwise it is met through your vendors' contracts with their subcontractors.",
    smallPracticeExample:
      "Summit Dental Group also does billing for two small practices in town, which makes it their business associate. It has a BAA with each of them, and its own BAA with the billing software company it uses for that work contains the same security terms.",
    nistActivities: ["Business associate contracts with subcontractors"],
    regulatoryNote:
      "The published text refers to the subcontractor contract \"required by § 164.308(b)(4)\", but 164.308(b) has no paragraph (4) since 2013; the duty is at 164.308(b)(2) and the written contract at 164.308(b)(3). This entry follows the evident meaning.",
    questions: [
      {
        id: "q-314a2iii-1",
        text: "If your practice handles patient information on behalf of another provider or health plan (for example billing or IT work for another office), do you have BAAs with the same security terms with any subcontractors you use for that work?",
        options: options(
          best("yes", "Yes, every subcontractor has a BAA with the same terms", "This meets the requirement for your subcontractors."),
          met("not-a-business-associate", "We don't handle patient information for anyone else", "Then this paragraph doesn't bind you directly; your vendors' BAAs cover their subcontractors."),
          partial("some", "Some subcontractors are missing a BAA", "Get the missing agreements signed."),
          notMet("no", "No", "Gap in a required item for a business associate."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.314(b)(1)",
    safeguard: "organizational",
    standard: "Requirements for group health plans",
    standardCfr: "164.314(b)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "If your practice sponsors a group health plan for its staff, the plan's documents must require the practice, as plan sponsor, to reasonably and appropriately safeguard the electronic health information it creates, receives, keeps or sends for the plan. This does not apply when the practice only gets summary health information, enrollment and disenrollment information, or information the employee authorized.",
    smallPracticeExample:
      "Lincoln Dental Group sponsors a self-funded health plan for its 40 employees, and the office manager helps resolve claim questions. The plan documents were amended, with the plan's third-party administrator, to require the practice to safeguard that information.",
    nistActivities: [
      "Amend plan documents of the group health plan to address the plan sponsor's security of ePHI",
      "Amend plan documents of the group health plan to address adequate separation",
      "Amend plan documents of the group health plan to address the security of ePHI supplied to the plan sponsors' agents and subcontractors",
      "Amend plan documents of group health plans to address the reporting of security incidents",
    ],
    applicability: { appliesOnlyIf: "sponsorsGroupHealthPlan", reasonIfNot: NOT_A_PLAN_SPONSOR },
    questions: [
      {
        id: "q-314b1-1",
        text: "Do the group health plan's documents require the practice, as plan sponsor, to reasonably and appropriately safeguard the electronic health information it receives from the plan?",
        options: options(
          best("yes", "Yes, the plan documents include this", "This meets the standard."),
          met("exception-applies", "Not needed: the practice only gets summary health information, enrollment data or information the employee authorized", "The standard's exception applies; write down that this is why."),
          notMet("no", "No, and the practice receives more than that", "Gap: the plan documents must be amended."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.314(b)(2)",
    safeguard: "organizational",
    standard: "Requirements for group health plans",
    standardCfr: "164.314(b)(1)",
    specification: "Implementation specifications",
    status: "required",
    plainLanguage:
      "The plan documents must be amended to require the plan sponsor to (i) put administrative, physical and technical safeguards in place for the plan's electronic health information, (ii) support the required separation between plan administration staff and the rest of the practice with security measures, (iii) make sure any agent it gives the information to agrees to security measures, and (iv) report any security incident it becomes aware of to the plan. These provisions are usually drafted by the plan's third-party administrator or benefits counsel.",
    smallPracticeExample:
      "Lincoln Dental Group's plan amendment names the office manager as the only staff member who handles plan information, keeps that information in a separate locked-down folder, requires the payroll vendor to protect it, and commits the practice to report security incidents to the plan administrator. The office manager keeps a copy of the amendment in the compliance folder.",
    nistActivities: [
      "Amend plan documents of the group health plan to address the plan sponsor's security of ePHI",
      "Amend plan documents of the group health plan to address adequate separation",
      "Amend plan documents of the group health plan to address the security of ePHI supplied to the plan sponsors' agents and subcontractors",
      "Amend plan documents of group health plans to address the reporting of security incidents",
    ],
    applicability: { appliesOnlyIf: "sponsorsGroupHealthPlan", reasonIfNot: NOT_A_PLAN_SPONSOR },
    regulatoryNote:
      "The regulation heads this paragraph only \"Implementation specifications (Required)\" and gives the four required plan-document provisions no titles, so the specification's name here is that heading.",
    questions: [
      {
        id: "q-314b2-1",
        text: "Have the plan documents been amended to require the practice, as plan sponsor, to put safeguards in place, support the separation between plan staff and the rest of the practice with security measures, and make sure its agents agree to security measures?",
        options: options(
          best("all-provisions", "Yes, all of these provisions are in the plan documents", "These are required provisions of the plan documents."),
          partial("some-provisions", "Some of them", "Add the missing provisions with the plan's administrator or counsel."),
          notMet("none", "No", "Gap in a required item for a plan sponsor."),
        ),
      },
      {
        id: "q-314b2-2",
        text: "Do the plan documents require the practice to report security incidents it becomes aware of to the plan, and do you have a way to do that?",
        options: yesPartlyNo({
          yes: "The reporting provision is required; a working procedure makes it real.",
          partly: "Make sure both the provision and a reporting procedure exist.",
          no: "Gap in a required item for a plan sponsor.",
        }),
      },
    ],
  }),
];
