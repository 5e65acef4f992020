import { best, documentedAlternative, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

/** 45 CFR 164.308(a)(7), (a)(8) and (b): contingency plan, evaluation and business associates. */
export const administrativeSafeguardsPart3: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.308(a)(7)(i)",
    safeguard: "administrative",
    standard: "Contingency plan",
    standardCfr: "164.308(a)(7)(i)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Establish, and carry out when needed, policies and procedures for responding to an emergency or other event that damages systems holding electronic patient information, such as a fire, vandalism, system failure or natural disaster. Ransomware is one of the most likely such events for a small practice today.",
    smallPracticeExample:
      "Coastal Dental's contingency plan is a six-page document in the office manager's binder and in a copy at her home. It covers backups, how to restore, how to keep seeing patients on paper, whom to call, and which systems come back first.",
    nistActivities: [
      "Develop a contingency planning policy",
      "Conduct an applications and data criticality analysis",
      "Identify preventive measures",
      "Develop recovery strategy",
      "Data backup plan and disaster recovery plan",
      "Develop and implement an emergency mode operation plan",
      "Testing and revision procedure",
    ],
    questions: [
      {
        id: "q-308a7i-1",
        text: "Do you have a written contingency plan for emergencies that damage your systems (fire, flood, ransomware, hardware failure, a long power or internet outage)?",
        options: yesPartlyNo({
          yes: "This meets the standard; the specifications below cover its parts.",
          partly: "Extend the plan to the events your risk analysis found most likely, including ransomware.",
          no: "Gap: the standard requires contingency policies and procedures.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(7)(ii)(A)",
    safeguard: "administrative",
    standard: "Contingency plan",
    standardCfr: "164.308(a)(7)(i)",
    specification: "Data backup plan",
    status: "required",
    plainLanguage:
      "Set up and follow procedures to create and keep retrievable, exact copies of your electronic patient information. Backups must cover all of it, including X-rays and scanned documents, and at least one copy should be safe from fire, theft and ransomware.",
    smallPracticeExample:
      "Dr. Lee's office keeps a nightly encrypted backup of the practice management server on a rotating USB drive that the office manager takes home, plus an online backup service under a BAA. The IT vendor emails a backup success report every Monday.",
    nistActivities: ["Data backup plan and disaster recovery plan"],
    questions: [
      {
        id: "q-308a7iiA-1",
        text: "Is all patient information backed up automatically, including practice management data, X-rays and other images, and scanned documents?",
        options: options(
          best("all-automatic", "Yes, all of it, automatically, at least daily", "This meets the core of the required backup plan."),
          partial("some", "Only some systems, or only when someone remembers", "Anything not backed up can be lost for good; cover every system."),
          notMet("none", "No regular backups", "Gap in a required item: retrievable exact copies are required."),
        ),
      },
      {
        id: "q-308a7iiA-2",
        text: "Is at least one backup copy kept away from the office and protected from ransomware (offline, or an online backup service with protected copies under a BAA)?",
        options: yesPartlyNo({
          yes: "An off-site, protected copy survives fire, theft and ransomware.",
          partly: "Backups that stay connected to the network can be encrypted by ransomware too.",
          no: "A backup sitting next to the server can be lost in the same event.",
        }),
      },
      {
        id: "q-308a7iiA-3",
        text: "Does someone check that backups actually succeed (for example by reading the backup report every week)?",
        options: yesPartlyNo({
          yes: "Checking catches failed backups before you need them.",
          partly: "Make the check regular and assign it to a named person.",
          no: "Backups often fail silently for months.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(7)(ii)(B)",
    safeguard: "administrative",
    standard: "Contingency plan",
    standardCfr: "164.308(a)(7)(i)",
    specification: "Disaster recovery plan",
    status: "required",
    plainLanguage:
      "Establish, and carry out when needed, procedures to restore any loss of data. Write down how to get your systems and patient information back from backups, who does it, and in what order.",
    smallPracticeExample:
      "Elm Street Dental's disaster recovery page lists the IT vendor's emergency number, where the backup drive and encryption key are kept, the order of restore (practice software first, then imaging) and the vendor's estimate of one business day for a full restore. A copy of the page is kept off site in case the office can't be used.",
    nistActivities: ["Data backup plan and disaster recovery plan", "Develop recovery strategy"],
    questions: [
      {
        id: "q-308a7iiB-1",
        text: "Do you have written step-by-step instructions for restoring your systems and data from backup, including who does it?",
        options: yesPartlyNo({
          yes: "Written restore steps meet this required specification.",
          partly: "Cover every system and name who performs each step.",
          no: "Gap in a required item: procedures to restore lost data are required.",
        }),
      },
      {
        id: "q-308a7iiB-2",
        text: "Do you know how long a full restore would take, and is that acceptable for seeing patients?",
        options: yesPartlyNo({
          yes: "Knowing the restore time lets you plan how to operate meanwhile.",
          partly: "Ask your IT vendor for a realistic estimate and check it against your needs.",
          no: "You may find out during a disaster that recovery takes weeks.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(7)(ii)(C)",
    safeguard: "administrative",
    standard: "Contingency plan",
    standardCfr: "164.308(a)(7)(i)",
    specification: "Emergency mode operation plan",
    status: "required",
    plainLanguage:
      "Establish, and carry out when needed, procedures to keep critical business processes going, and patient information secure, while operating in emergency mode. For a dental office, that is how you keep seeing patients during an outage without dropping your safeguards.",
    smallPracticeExample:
      "During a server outage, Brookside Dental works from the schedule printed each evening and paper downtime forms kept at the front desk. The forms are locked in the office manager's drawer until they are entered into the system, then shredded.",
    nistActivities: ["Develop and implement an emergency mode operation plan"],
    questions: [
      {
        id: "q-308a7iiC-1",
        text: "Do you have a plan for keeping the practice running during an outage (for example a printed next-day schedule, paper charting and downtime forms)?",
        options: yesPartlyNo({
          yes: "Continuing critical processes in emergency mode is part of this required specification.",
          partly: "Cover all critical processes, such as scheduling, charting and prescriptions.",
          no: "Gap in a required item: an emergency mode operation plan is required.",
        }),
      },
      {
        id: "q-308a7iiC-2",
        text: "Does the plan say how patient information stays protected in emergency mode, for example where paper records and backup drives are kept and who may use them?",
        options: yesPartlyNo({
          yes: "The rule asks for security to continue during the emergency, not just operations.",
          partly: "Add the security steps for emergency mode to the plan.",
          no: "Emergencies are when safeguards are most often dropped.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(7)(ii)(D)",
    safeguard: "administrative",
    standard: "Contingency plan",
    standardCfr: "164.308(a)(7)(i)",
    specification: "Testing and revision procedures",
    status: "addressable",
    plainLanguage:
      "Have procedures for testing your contingency plans from time to time and revising them based on what you learn. A backup you have never restored is a hope, not a plan.",
    smallPracticeExample:
      "Every November, the IT vendor restores last night's backup of Fairview Dental's practice database to a spare computer, and the office manager checks that a few patient charts and X-rays open correctly. Problems found go into the plan and the risk management list.",
    nistActivities: ["Testing and revision procedure"],
    questions: [
      {
        id: "q-308a7iiD-1",
        text: "Have you tested restoring data from your backups in the last 12 months?",
        options: options(
          best("tested", "Yes, a full or sample restore worked", "A successful test is the best evidence your backups work."),
          partial("partial-test", "Partly, or the test found problems we haven't fixed yet", "Finish the test or fix the problems and test again."),
          notMet("never", "Never tested", "Untested backups often turn out to be incomplete or unusable."),
          documentedAlternative("Allowed for an addressable item if the reasoning holds up, but an untested backup is a serious risk."),
        ),
      },
      {
        id: "q-308a7iiD-2",
        text: "Do you review and update the contingency plan after tests, incidents or changes to your systems?",
        options: yesPartlyNo({
          yes: "Revising the plan keeps it usable when you need it.",
          partly: "Make revision a routine step after each test and change.",
          no: "Plans drift out of date as systems and staff change.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(7)(ii)(E)",
    safeguard: "administrative",
    standard: "Contingency plan",
    standardCfr: "164.308(a)(7)(i)",
    specification: "Applications and data criticality analysis",
    status: "addressable",
    plainLanguage:
      "Assess how critical each application and set of data is, so your backup, recovery and emergency plans put the most important ones first. Include the outside services you depend on.",
    smallPracticeExample:
      "Glenwood Dental ranked its systems: practice management and e-prescribing must be back the same day, imaging within two days, the patient newsletter tool can wait. The ranking sets the restore order in the disaster recovery plan.",
    nistActivities: ["Conduct an applications and data criticality analysis"],
    questions: [
      {
        id: "q-308a7iiE-1",
        text: "Have you ranked your systems and data by how critical they are (for example practice management and imaging first, marketing tools last), so you know what to restore first?",
        options: yesPartlyNo(
          {
            yes: "A ranking lets you recover what matters most first.",
            partly: "Rank every system, including cloud services.",
            no: "Without priorities, recovery time is spent in the wrong order.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-308a7iiE-2",
        text: "Have you identified the outside services you depend on (internet provider, cloud software, IT support) and what happens if each becomes unavailable?",
        options: yesPartlyNo({
          yes: "Knowing your dependencies lets you plan around them.",
          partly: "Add the remaining services and what you would do without them.",
          no: "An outage at a vendor can stop the practice with no plan in place.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(8)",
    safeguard: "administrative",
    standard: "Evaluation",
    standardCfr: "164.308(a)(8)",
    specification: null,
    status: "required",
    plainLanguage:
      "Periodically evaluate, both technically and non-technically, how well your security policies and procedures meet the Security Rule. Do it on a regular basis and again whenever changes in your environment or operations affect the security of patient information.",
    smallPracticeExample:
      "Each January the office manager at Ridgeway Dental completes this assessment, and the IT vendor runs a check of the network and computer settings. The written results and the list of gaps go to the dentist-owner, and the assessment is repeated after any big change such as new software.",
    nistActivities: [
      "Determine whether internal or external evaluation is most appropriate",
      "Develop standards and measurements for reviewing all standards and implementation specifications of the Security Rule",
      "Conduct evaluation",
      "Document results",
      "Repeat evaluations periodically",
    ],
    questions: [
      {
        id: "q-308a8-1",
        text: "Do you periodically evaluate how well your security policies and safeguards meet the Security Rule, covering both technical settings and non-technical practices (for example this assessment each year)?",
        options: options(
          best("yearly", "Yes, at least yearly, technical and non-technical", "Regular evaluation meets this required standard."),
          partial("irregular-or-partial", "Sometimes, or only the technical or only the paperwork side", "The rule asks for both technical and non-technical evaluation, done periodically."),
          notMet("never", "No", "Gap in a required standard."),
        ),
      },
      {
        id: "q-308a8-2",
        text: "Do you re-evaluate after major changes, such as new software, a new office, a merger or a security incident?",
        options: yesPartlyNo({
          yes: "The rule specifically asks for evaluation after environmental or operational changes.",
          partly: "Make it a routine step after every major change.",
          no: "Changes can quietly undo safeguards that used to work.",
        }),
      },
      {
        id: "q-308a8-3",
        text: "Are the evaluation results written down, with the gaps found and a plan to fix them?",
        options: yesPartlyNo({
          yes: "Written results show the evaluation happened and feed your risk management plan.",
          partly: "Record the gaps and assign fixes.",
          no: "An evaluation with no record can't be shown and is easily forgotten.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(b)(1)",
    safeguard: "administrative",
    standard: "Business associate contracts and other arrangements",
    standardCfr: "164.308(b)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "A business associate is an outside company or person that creates, receives, keeps or sends patient information for your practice, such as your practice software or cloud vendor, IT support, billing service, claims clearinghouse or appointment-reminder service. You may let one handle electronic patient information only if you get satisfactory assurances, under 164.314(a), that it will protect it. You don't need assurances from your vendors' own subcontractors: under paragraph (b)(2), your business associate must get them.",
    smallPracticeExample:
      "Crescent Dental keeps a vendor list in a spreadsheet: what each vendor does, whether it touches patient information, the BAA date, and a yearly note on the vendor's security (for example its SOC 2 summary or security questionnaire). A specialist the practice refers patients to for treatment is not on the list, because that is not a business associate relationship.",
    nistActivities: [
      "Identify entities that are business associates under the HIPAA Security Rule",
      "Written contract or other arrangement",
      "Establish a process for measuring contract performance and terminating the contract if security requirements are not being met",
    ],
    regulatoryNote:
      "Since the 2013 Omnibus Rule, paragraph (b)(1) carries no \"Standard:\" label and paragraph (b)(2), the business associate's duty toward its subcontractors, has no heading of its own; Appendix A to Subpart C lists 164.308(b)(1) as the standard. Both paragraphs are covered by this entry and its specification at (b)(3).",
    questions: [
      {
        id: "q-308b1-1",
        text: "Do you have a complete list of every outside company or person that creates, receives, stores or sends your patients' electronic information (software and cloud vendors, IT support, billing, backup, email, texting and e-fax services)?",
        options: yesPartlyNo({
          yes: "A complete list is the only way to know every business associate is covered.",
          partly: "Check for easily missed vendors: IT support, e-fax, reminder and review services.",
          no: "You cannot get assurances from vendors you haven't identified.",
        }),
      },
      {
        id: "q-308b1-2",
        text: "Do you check how your key vendors protect patient information (for example a yearly security questionnaire or report), and would you end the relationship if they don't meet their obligations?",
        options: yesPartlyNo({
          yes: "Checking vendors and acting on problems keeps the assurances meaningful.",
          partly: "Start with the vendors that hold the most patient information.",
          no: "A signed BAA alone tells you little about how a vendor actually protects your data.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(b)(3)",
    safeguard: "administrative",
    standard: "Business associate contracts and other arrangements",
    standardCfr: "164.308(b)(1)",
    specification: "Written contract or other arrangement",
    status: "required",
    plainLanguage:
      "Document the assurances from each business associate in a written contract or other arrangement that meets 164.314(a). For a private practice this is a signed business associate agreement (BAA), in place before the vendor gets any patient information.",
    smallPracticeExample:
      "When Sunnyside Dental switched to a new online appointment-reminder service, the office manager signed the vendor's BAA before importing any patient phone numbers and saved the signed copy in the vendor folder, next to the BAAs for the practice software, cloud backup and IT support company. The vendor list shows the date of each signed BAA.",
    nistActivities: ["Written contract or other arrangement"],
    regulatoryNote: "The paragraph is headed \"Implementation specifications\" (plural) although it contains a single specification.",
    questions: [
      {
        id: "q-308b3-1",
        text: "Do you have a signed business associate agreement (BAA) with every vendor on your business associate list?",
        options: options(
          best("all", "Yes, every one, signed and on file", "This meets the required specification for each business associate."),
          partial("most", "Most, but some are missing or can't be found", "Each missing BAA is a violation on its own; get them signed or stop sharing data."),
          notMet("few-or-none", "No, or only a few", "Gap in a required item, and a frequent finding in OCR settlements."),
        ),
      },
      {
        id: "q-308b3-2",
        text: "Is the BAA signed before a new vendor gets any patient information, including during free trials and data conversions?",
        options: options(
          best("always-before", "Yes, always before", "Signing first means patient information is never shared without assurances."),
          partial("sometimes-after", "Sometimes it's signed afterwards", "Sharing before the BAA is signed is a violation for that period."),
          notMet("not-checked", "We don't check this", "New vendors may be handling patient information with no assurances at all."),
        ),
      },
    ],
  }),
];
