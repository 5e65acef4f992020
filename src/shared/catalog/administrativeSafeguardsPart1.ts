import { best, documentedAlternative, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

/** 45 CFR 164.308(a)(1) to (a)(4): security management, the security official, workforce and access. */
export const administrativeSafeguardsPart1: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.308(a)(1)(i)",
    safeguard: "administrative",
    standard: "Security management process",
    standardCfr: "164.308(a)(1)(i)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Your practice needs policies and procedures to prevent, detect, contain and correct security problems with electronic patient information (what HIPAA calls ePHI). The four specifications below (risk analysis, risk management, a sanction policy and a regular review of system activity) are how you show that this program exists and works.",
    smallPracticeExample:
      "Bright Smile Dental keeps a one-page list of every system that holds patient information: the practice management server, the imaging PCs, the cloud e-prescribing service and the office manager's laptop. The office manager and the dentist-owner review that list and the practice's security policy binder every January.",
    nistActivities: [
      "Identify all ePHI and relevant information systems",
      "Conduct risk assessment",
      "Implement a risk management program",
      "Acquire information technology (IT) systems and services",
      "Create and deploy policies and procedures",
      "Develop and implement a sanction policy",
      "Develop and deploy the information system activity review process",
      "Develop appropriate standard operating procedures",
      "Implement the information system activity review and audit process",
    ],
    questions: [
      {
        id: "q-308a1i-1",
        text: "Do you have an up-to-date list of every computer, device, program and online service that creates, stores or sends patient information, including imaging equipment, phones, backups and cloud services?",
        options: yesPartlyNo({
          yes: "Good: this inventory is the starting point for your risk analysis and most other safeguards.",
          partly: "Anything missing from the list is also missing from your risk analysis; bring it up to date.",
          no: "Gap: without a list you cannot show that your safeguards cover all patient information.",
        }),
      },
      {
        id: "q-308a1i-2",
        text: "Does your practice have written security policies and procedures that staff actually follow day to day?",
        options: options(
          best("yes", "Yes, written, adopted and followed", "This is the backbone of the security management process."),
          partial("written-not-followed", "Written, but not really followed or out of date", "Policies on paper only do not prevent or correct security problems; update and train on them."),
          partial("informal", "We have habits, but nothing written", "Good habits help, but the rule expects documented policies and procedures."),
          notMet("no", "No", "Gap: the standard requires policies and procedures to prevent, detect, contain and correct security violations."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(1)(ii)(A)",
    safeguard: "administrative",
    standard: "Security management process",
    standardCfr: "164.308(a)(1)(i)",
    specification: "Risk analysis",
    status: "required",
    plainLanguage:
      "Do an accurate and thorough assessment of the risks to the confidentiality, integrity and availability of all the electronic patient information you hold. That means finding where the information is, what could go wrong (threats), which weaknesses could let it happen (vulnerabilities), how likely it is and how much harm it would do. It is the foundation for every other safeguard.",
    smallPracticeExample:
      "Dr. Lee's office uses the HHS Security Risk Assessment Tool each spring, walking through its server, six workstations, two laptops, intraoral cameras and cloud services. The finished report, with each risk rated by likelihood and impact, is saved in the compliance folder and updated whenever the office adds new software or a new vendor.",
    nistActivities: ["Identify all ePHI and relevant information systems", "Conduct risk assessment"],
    questions: [
      {
        id: "q-308a1iiA-1",
        text: "Does your practice have a written risk analysis that covers every computer, device and service that holds patient information, done or updated in the last 12 months?",
        options: options(
          best("yes", "Yes, written, complete and current", "This is the first document OCR asks for in an investigation; keep the report and its date."),
          partial("outdated-or-incomplete", "Yes, but it is older than 12 months or misses some systems", "HIPAA sets no fixed interval, but an analysis that no longer matches your systems is not accurate and thorough."),
          notMet("no", "No written risk analysis", "Gap in a required item, and one of the findings OCR cites most often."),
        ),
      },
      {
        id: "q-308a1iiA-2",
        text: "For each risk, does your analysis record the threat (for example ransomware, a stolen laptop, a fire), the weakness it could exploit, how likely it is and how much harm it would cause?",
        options: yesPartlyNo({
          yes: "This is what makes the analysis thorough and lets you decide what to fix first.",
          partly: "A list of worries without likelihood and impact makes it hard to show the analysis is thorough.",
          no: "Gap: a risk analysis has to weigh threats, vulnerabilities, likelihood and impact.",
        }),
      },
      {
        id: "q-308a1iiA-3",
        text: "Do you update the risk analysis when something changes, such as new software, a new vendor, moving offices or after a security incident?",
        options: options(
          best("after-changes", "Yes, after every significant change", "Keeping the analysis current is what keeps it accurate."),
          partial("scheduled-only", "Only at our scheduled review", "Better than nothing, but risks added between reviews go unassessed for months."),
          notMet("no", "No", "Gap: an analysis that ignores changes stops being accurate."),
        ),
      },
      {
        id: "q-308a1iiA-4",
        text: "Does the risk analysis include patient information that is sent or stored outside your office, such as with the billing service, the cloud backup, email and patient texting or reminder services?",
        options: yesPartlyNo({
          yes: "Good: the analysis has to cover all the ePHI you create, receive, maintain or transmit, wherever it is.",
          partly: "Information held by vendors is still yours to assess; add the missing services.",
          no: "Gap: the analysis leaves out part of your patient information.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(1)(ii)(B)",
    safeguard: "administrative",
    standard: "Security management process",
    standardCfr: "164.308(a)(1)(i)",
    specification: "Risk management",
    status: "required",
    plainLanguage:
      "Put security measures in place that bring the risks found in your risk analysis down to a reasonable and appropriate level. In practice this is a written plan: what you will fix, who does it, by when, and which small risks you knowingly accept.",
    smallPracticeExample:
      "After its risk analysis, Maple Street Family Dentistry wrote a one-page risk management plan: encrypt both laptops by March (IT vendor), add a second sign-in step to email by April (office manager), move the server into a locked closet by June (dentist-owner). Each line is checked off with the date it was done.",
    nistActivities: ["Implement a risk management program", "Acquire information technology (IT) systems and services"],
    questions: [
      {
        id: "q-308a1iiB-1",
        text: "Do you have a written plan that lists the fixes for the risks you found, with a person responsible and a target date for each?",
        options: yesPartlyNo({
          yes: "This is what OCR looks for to show risks are being managed, not just listed.",
          partly: "Fixes without owners or dates tend not to happen; complete the plan.",
          no: "Gap in a required item: finding risks without a plan to reduce them does not meet the rule.",
        }),
      },
      {
        id: "q-308a1iiB-2",
        text: "Has the practice owner or leadership reviewed the risk analysis results and approved which risks to fix first and which to accept?",
        options: yesPartlyNo({
          yes: "Leadership decisions, written down, show the risk level you reached is a deliberate choice.",
          partly: "Get the remaining decisions, especially accepted risks, approved and recorded.",
          no: "Risks nobody decided on are neither fixed nor accepted; bring them to leadership.",
        }),
      },
      {
        id: "q-308a1iiB-3",
        text: "Do you follow the plan through until each fix is done, and record what was done and when?",
        options: yesPartlyNo({
          yes: "Records of completed fixes are your proof that measures were actually implemented.",
          partly: "Some fixes are done but not recorded, or the plan has stalled; catch up.",
          no: "Gap: a plan that is never carried out does not reduce risk.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(1)(ii)(C)",
    safeguard: "administrative",
    standard: "Security management process",
    standardCfr: "164.308(a)(1)(i)",
    specification: "Sanction policy",
    status: "required",
    plainLanguage:
      "Apply appropriate consequences to staff members who do not follow your security policies and procedures. The consequences should fit the seriousness of the violation, be known to staff in advance, and be applied consistently.",
    smallPracticeExample:
      "Sunrise Dental's handbook has a sanction policy with steps from retraining and a verbal warning up to termination for snooping in patient records. Every new hire signs it, and the office manager records each sanction in the staff member's file.",
    nistActivities: ["Develop and implement a sanction policy"],
    questions: [
      {
        id: "q-308a1iiC-1",
        text: "Do you have a written sanction policy describing the consequences (for example retraining, a written warning, termination) when a staff member breaks your security policies?",
        options: yesPartlyNo({
          yes: "This meets the heart of the requirement; make sure it covers security as well as privacy.",
          partly: "A general discipline policy helps, but it should name security violations explicitly.",
          no: "Gap in a required item: you need a written sanction policy.",
        }),
      },
      {
        id: "q-308a1iiC-2",
        text: "Do staff know about the sanction policy, and do you apply and document sanctions consistently when a violation happens?",
        options: options(
          best("yes", "Yes, staff have signed it and sanctions are documented", "Awareness plus consistent, recorded enforcement is what the rule asks for."),
          partial("aware-not-documented", "Staff know it, but sanctions aren't documented", "Without records you cannot show sanctions are applied consistently."),
          notMet("no", "No", "A policy nobody knows or applies does not meet the requirement."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(1)(ii)(D)",
    safeguard: "administrative",
    standard: "Security management process",
    standardCfr: "164.308(a)(1)(i)",
    specification: "Information system activity review",
    status: "required",
    plainLanguage:
      "Regularly look at the records your systems keep about activity, such as audit logs, access reports and your security incident log, to spot problems like someone viewing records they have no reason to see. Decide what gets reviewed, how often and by whom, and keep a note of each review.",
    smallPracticeExample:
      "On the first Monday of each month, the office manager at Dr. Patel's practice runs the practice management software's audit report, checks for after-hours access and for staff opening the records of family members or coworkers, and initials a review log. Anything odd goes to the dentist-owner the same day.",
    nistActivities: [
      "Develop and deploy the information system activity review process",
      "Develop appropriate standard operating procedures",
      "Implement the information system activity review and audit process",
    ],
    questions: [
      {
        id: "q-308a1iiD-1",
        text: "Does someone regularly review activity records, such as the practice management software's audit log, to look for unusual access to patient records?",
        options: options(
          best("scheduled", "Yes, on a set schedule (for example monthly)", "Regular, scheduled review is exactly what this specification asks for."),
          partial("occasionally", "Occasionally, with no set schedule", "Irregular reviews miss problems; set a schedule that fits your risk."),
          notMet("never", "No", "Gap in a required item: activity records must be reviewed regularly."),
        ),
      },
      {
        id: "q-308a1iiD-2",
        text: "Do the reviews also cover other activity reports, such as failed log-ins, remote-support sessions and your security incident log?",
        options: yesPartlyNo({
          yes: "Covering several sources gives a fuller picture of what is happening on your systems.",
          partly: "Add the other reports your systems can produce to the review.",
          no: "Reviewing only one source can miss break-in attempts and vendor activity.",
        }),
      },
      {
        id: "q-308a1iiD-3",
        text: "Do you keep a written record of each review: the date, who reviewed, what was found and what was done about it?",
        options: yesPartlyNo({
          yes: "This record is your evidence that reviews really happen.",
          partly: "Record every review, including the ones that found nothing.",
          no: "Without records you cannot show the reviews were done.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(2)",
    safeguard: "administrative",
    standard: "Assigned security responsibility",
    standardCfr: "164.308(a)(2)",
    specification: null,
    status: "required",
    plainLanguage:
      "Name one person as the Security Official, responsible for developing and carrying out your security policies and procedures. In a small practice this is often the office manager or the dentist-owner. An outside IT company can help with the work, but a named person must be accountable.",
    smallPracticeExample:
      "At Riverside Dental, the dentist-owner signed a one-paragraph memo naming the office manager as Security Official, with two hours a week set aside for the role and authority to require training. The memo is in the compliance binder and her name is on the break-room security poster.",
    nistActivities: [
      "Select a security official to be assigned responsibility for HIPAA security",
      "Assign and document the individual's responsibility",
    ],
    questions: [
      {
        id: "q-308a2-1",
        text: "Has your practice named a Security Official in writing, for example in a policy or a signed appointment memo?",
        options: options(
          best("yes", "Yes, named in writing", "This meets the requirement; keep the document with your security records."),
          partial("informal", "Someone does it, but it isn't written down", "Put the appointment in writing so there is no doubt who is responsible."),
          notMet("no", "No one is responsible", "Gap in a required item: a security official must be identified."),
        ),
      },
      {
        id: "q-308a2-2",
        text: "Are the Security Official's duties written down, and do they have the time and authority to carry them out (for example to require training or approve purchases)?",
        options: yesPartlyNo({
          yes: "A written role with real authority makes the program work, not just exist on paper.",
          partly: "Clarify the duties or give the role the time and authority it needs.",
          no: "A Security Official without defined duties or authority struggles to carry out the policies.",
        }),
      },
      {
        id: "q-308a2-3",
        text: "Does every staff member know who the Security Official is and how to reach them about a security problem?",
        options: yesPartlyNo({
          yes: "Staff can report problems quickly, which limits harm.",
          partly: "Tell everyone, including part-time staff, for example at a staff meeting or on a posted notice.",
          no: "Problems may go unreported if staff don't know whom to tell.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(3)(i)",
    safeguard: "administrative",
    standard: "Workforce security",
    standardCfr: "164.308(a)(3)(i)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Make sure everyone who works for the practice has the access to electronic patient information that their job needs, and that those who should not have access cannot get it. Your workforce includes employees, temps, students, volunteers and anyone else whose work you direct.",
    smallPracticeExample:
      "At Oak Hill Dental, each job description says which systems the role uses. The front desk schedules and bills but cannot open X-rays; the hygienists chart and view images; the cleaning crew has a building key but no computer accounts.",
    nistActivities: [
      "Implement policies and procedures for authorization and/or supervision",
      "Establish clear job descriptions and responsibilities",
      "Establish criteria and procedures for hiring and assigning tasks",
      "Establish a workforce clearance procedure",
      "Establish termination procedures",
    ],
    questions: [
      {
        id: "q-308a3i-1",
        text: "Do you have written procedures that make sure each staff member can reach only the patient information their job needs, and that people without a need (for example cleaners or visiting vendors) cannot reach it?",
        options: yesPartlyNo({
          yes: "This meets the workforce security standard; the three specifications below show how.",
          partly: "Extend the procedures to every role, including temps, students and volunteers.",
          no: "Gap: the standard requires policies and procedures for appropriate workforce access.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(3)(ii)(A)",
    safeguard: "administrative",
    standard: "Workforce security",
    standardCfr: "164.308(a)(3)(i)",
    specification: "Authorization and/or supervision",
    status: "addressable",
    plainLanguage:
      "Have procedures for authorizing the staff who work with electronic patient information, and for supervising people who work where that information could be seen or reached. Everyone should know who approves their access and who their supervisor is.",
    smallPracticeExample:
      "At Lakeside Dental, the office manager approves each new hire's role-based access on a one-page form. When the copier technician or the cleaning crew is in the office, a staff member stays nearby, and front-desk screens are locked.",
    nistActivities: ["Implement policies and procedures for authorization and/or supervision"],
    questions: [
      {
        id: "q-308a3iiA-1",
        text: "Is each staff member who works with patient information authorized for that work by a named person (for example, the office manager approves each new hire's role)?",
        options: yesPartlyNo(
          {
            yes: "Clear authorization means you always know who approved each person's access.",
            partly: "Make sure every role, including temps and students, is authorized by a named person.",
            no: "Without authorization, access depends on habit rather than a decision.",
          },
          [documentedAlternative("This addressable item allows a documented alternative; check that your reasoning holds up and keep it on file.")],
        ),
      },
      {
        id: "q-308a3iiA-2",
        text: "Are people who work where patient information can be seen but who do not need it (cleaning crew, temps, students, visiting vendors) supervised or otherwise kept away from it?",
        options: yesPartlyNo({
          yes: "Supervision closes the gap for people who are in the office but have no access rights.",
          partly: "Cover the remaining groups, for example after-hours cleaners or repair technicians.",
          no: "Unsupervised visitors near screens, charts or computers are a real exposure.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(3)(ii)(B)",
    safeguard: "administrative",
    standard: "Workforce security",
    standardCfr: "164.308(a)(3)(i)",
    specification: "Workforce clearance procedure",
    status: "addressable",
    plainLanguage:
      "Have a procedure to decide that a person's access to electronic patient information is appropriate before they get it. For a small practice this usually means checking references and licenses, a background check where reasonable, and confirming the access fits the job.",
    smallPracticeExample:
      "Before a new dental assistant starts at Green Valley Dental, the office manager checks two references and the assistant's state registration, and the dentist-owner signs off that she needs charting and imaging access but not billing. The signed sign-off goes in her personnel file.",
    nistActivities: ["Establish a workforce clearance procedure", "Establish criteria and procedures for hiring and assigning tasks"],
    questions: [
      {
        id: "q-308a3iiB-1",
        text: "Before a new staff member gets access to patient information, do you screen them in a way that fits the role (for example references, license verification, a background check)?",
        options: yesPartlyNo(
          {
            yes: "Screening that fits the role is what this specification asks for.",
            partly: "Apply screening consistently, including for temps and contractors with access.",
            no: "Access without any screening is a gap for this addressable item.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-308a3iiB-2",
        text: "Do you confirm and record that each person's level of access fits their job before granting it, and again when their job changes?",
        options: yesPartlyNo({
          yes: "A recorded check ties each person's access to their role.",
          partly: "Record the decision every time, including for role changes.",
          no: "Access may be broader than the job needs, with no record of why.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(3)(ii)(C)",
    safeguard: "administrative",
    standard: "Workforce security",
    standardCfr: "164.308(a)(3)(i)",
    specification: "Termination procedures",
    status: "addressable",
    plainLanguage:
      "When someone stops working for the practice, or a review decides their access should end, cut off their access to electronic patient information. That includes computer accounts, remote access, keys, key cards, alarm codes and practice devices.",
    smallPracticeExample:
      "Summit Dental uses a departure checklist: on the person's last day the office manager disables their practice software, email and Windows accounts, asks the IT vendor to remove remote access, collects keys and the practice phone, and changes the alarm code. The completed checklist goes in the personnel file.",
    nistActivities: ["Establish termination procedures"],
    questions: [
      {
        id: "q-308a3iiC-1",
        text: "Do you have a written checklist for when someone leaves (employment or a contract ends) that covers accounts, keys, badges, alarm codes and devices?",
        options: yesPartlyNo({
          yes: "A checklist makes sure nothing is forgotten on a busy last day.",
          partly: "Add the missing items, such as remote access, cloud services or alarm codes.",
          no: "Without a checklist, former staff often keep some access.",
        }),
      },
      {
        id: "q-308a3iiC-2",
        text: "When someone leaves, are all their accounts (practice software, email, Windows, remote access, cloud services) turned off by the end of their last day?",
        options: options(
          best("same-day", "Yes, by the end of their last day", "Prompt removal is the most effective protection against misuse."),
          partial("within-days", "Usually within a few days", "Every day an account stays active is a window for misuse; aim for the last day."),
          notMet("no-set-time", "No set time, or accounts sometimes stay active", "Active accounts of former staff are a common cause of breaches."),
        ),
      },
      {
        id: "q-308a3iiC-3",
        text: "When someone leaves, do you collect keys and practice devices and change any shared codes they knew (alarm, door keypad, Wi-Fi)?",
        options: yesPartlyNo({
          yes: "This closes physical and network access as well as computer accounts.",
          partly: "Shared codes are easy to forget; add them to the checklist.",
          no: "Former staff may still be able to enter the office or join the network.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(4)(i)",
    safeguard: "administrative",
    standard: "Information access management",
    standardCfr: "164.308(a)(4)(i)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Have policies and procedures for deciding who may access electronic patient information, consistent with the Privacy Rule. In practice, each person gets only the access needed for their job (the minimum necessary), and access is granted, changed and removed through a defined process.",
    smallPracticeExample:
      "Harbor Dental's access policy is a simple table of roles and systems: dentists and hygienists have full clinical access, the front desk has scheduling and billing, and the IT vendor has administrator access only through a logged remote-support tool. The table is reviewed whenever a role or a system changes.",
    nistActivities: [
      "Isolate healthcare clearinghouse functions",
      "Implement policies and procedures for authorizing access",
      "Implement policies and procedures for access establishment and modification",
      "Evaluate existing security measures related to access controls",
    ],
    questions: [
      {
        id: "q-308a4i-1",
        text: "Do you have written policies that say who may access which patient information, based on what each role needs?",
        options: yesPartlyNo({
          yes: "This meets the standard; the specifications below cover how access is granted and changed.",
          partly: "Cover every system and role, including vendors with remote access.",
          no: "Gap: the standard requires policies for authorizing access.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(4)(ii)(A)",
    safeguard: "administrative",
    standard: "Information access management",
    standardCfr: "164.308(a)(4)(i)",
    specification: "Isolating health care clearinghouse functions",
    status: "required",
    plainLanguage:
      "A health care clearinghouse converts health information, such as claims, between non-standard and standard formats. If a clearinghouse is part of a larger organization, it must protect its electronic patient information from unauthorized access by the rest of that organization. Sending claims through an outside clearinghouse does not make your practice one; that company is your business associate.",
    smallPracticeExample:
      "A dental service organization that runs an in-house claims clearinghouse for its member practices keeps the clearinghouse on a separate server and network, with its own staff accounts, so the organization's other departments cannot reach the claims data. A typical dental office that sends claims through an outside clearinghouse is not affected by this item.",
    nistActivities: ["Isolate healthcare clearinghouse functions"],
    applicability: {
      appliesOnlyIf: "isPartOfClearinghouse",
      reasonIfNot:
        "This applies only when a health care clearinghouse is part of a larger organization. Your practice profile says the practice is not part of a health care clearinghouse; using an outside clearinghouse to send claims does not change that.",
    },
    questions: [
      {
        id: "q-308a4iiA-1",
        text: "Is the clearinghouse's electronic patient information protected from access by the rest of your organization (separate systems or network segment, separate accounts, trained staff)?",
        options: options(
          best("isolated", "Yes, its systems, accounts and staff access are kept separate", "This meets the requirement for a clearinghouse within a larger organization."),
          partial("partly-isolated", "Partly: some systems or staff are shared", "Shared systems or staff can expose clearinghouse data; close the remaining paths."),
          notMet("not-isolated", "No, the rest of the organization can reach it", "Gap in a required item for a clearinghouse that is part of a larger organization."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(4)(ii)(B)",
    safeguard: "administrative",
    standard: "Information access management",
    standardCfr: "164.308(a)(4)(i)",
    specification: "Access authorization",
    status: "addressable",
    plainLanguage:
      "Have policies and procedures for granting access to electronic patient information, for example to a workstation, a program or a function in the practice software. Decide in advance what each role may use, and who may approve a request.",
    smallPracticeExample:
      "Cedar Dental has a role chart for its practice management software: front desk (scheduling, ledger), hygienist (charting, perio, imaging view), dentist (all clinical), office manager (administrator). New accounts are only created from a signed access request.",
    nistActivities: ["Implement policies and procedures for authorizing access"],
    questions: [
      {
        id: "q-308a4iiB-1",
        text: "Have you defined, for each job role (dentist, hygienist, assistant, front desk, billing), which systems and what level of access it gets?",
        options: yesPartlyNo(
          {
            yes: "Role definitions make access decisions consistent and easy to check.",
            partly: "Finish the role definitions for the remaining roles and systems.",
            no: "Access decided person by person tends to grow beyond what jobs need.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-308a4iiB-2",
        text: "Is access granted only after an approval recorded by the Security Official or office manager?",
        options: yesPartlyNo({
          yes: "Recorded approvals show that access was authorized, not just given.",
          partly: "Record approvals every time, including for vendors and temporary staff.",
          no: "Without approvals, anyone with administrator rights can hand out access.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(4)(ii)(C)",
    safeguard: "administrative",
    standard: "Information access management",
    standardCfr: "164.308(a)(4)(i)",
    specification: "Access establishment and modification",
    status: "addressable",
    plainLanguage:
      "Based on your access authorization rules, set up, document, review and change each user's access rights. Access should be reviewed periodically and adjusted whenever someone's job changes.",
    smallPracticeExample:
      "Twice a year the office manager at Parkview Dental prints the user list from the practice software, email and the server, compares it with the current staff list and role chart, removes anything unneeded, and files the signed printout. When a hygienist stopped covering the billing desk, her ledger access was removed the same week.",
    nistActivities: [
      "Implement policies and procedures for access establishment and modification",
      "Evaluate existing security measures related to access controls",
    ],
    questions: [
      {
        id: "q-308a4iiC-1",
        text: "Do you keep a record of when each account was created, changed or removed, and who approved it?",
        options: yesPartlyNo({
          yes: "This record is what the specification means by documenting access rights.",
          partly: "Record every change, not just new accounts.",
          no: "Without records you cannot show who had access and when.",
        }),
      },
      {
        id: "q-308a4iiC-2",
        text: "Do you review all user accounts and their access levels on a schedule (for example every 6 or 12 months) and remove anything no longer needed?",
        options: options(
          best("scheduled", "Yes, on a schedule, with a record of each review", "Periodic review catches access that has outlived its purpose."),
          partial("occasionally", "Occasionally, with no schedule or record", "Set a schedule and record each review."),
          notMet("never", "No", "Old and excess accounts pile up without reviews."),
        ),
      },
      {
        id: "q-308a4iiC-3",
        text: "When someone changes jobs (for example a front-desk person moves to billing), is their access changed to match the new role?",
        options: yesPartlyNo({
          yes: "Access that follows the role keeps it to the minimum necessary.",
          partly: "New access is added but old access is often left in place; remove it too.",
          no: "People collect access over time that their current job doesn't need.",
        }),
      },
    ],
  }),
];
