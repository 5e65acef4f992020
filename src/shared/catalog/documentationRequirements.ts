import { best, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

/** 45 CFR 164.316: written policies and procedures, and keeping the records the rule requires. */
export const documentationRequirements: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.316(a)",
    safeguard: "documentation",
    standard: "Policies and procedures",
    standardCfr: "164.316(a)",
    specification: null,
    status: "required",
    plainLanguage:
      "Put in place reasonable and appropriate policies and procedures to comply with every Security Rule standard and implementation specification, taking into account your practice's size, technology, costs and risks. You may change them at any time, as long as you document the change and put it into practice.",
    smallPracticeExample:
      "Oakridge Dental's security manual is a 20-page document with one short section per Security Rule standard, written for a six-person office. When the practice moved to cloud software, the office manager rewrote the backup and access sections, dated the new version and went over it at the next staff meeting.",
    nistActivities: ["Create and deploy policies and procedures", "Update the documentation of the policy and procedures"],
    questions: [
      {
        id: "q-316a-1",
        text: "Do your policies and procedures cover every Security Rule standard (for example one security manual with a section per standard)?",
        options: options(
          best("all", "Yes, every standard", "This meets the required policies and procedures standard."),
          partial("some", "Some standards are covered, others are not", "Add policies for the standards that are missing."),
          notMet("none", "No written security policies", "Gap in a required standard."),
        ),
      },
      {
        id: "q-316a-2",
        text: "When you change a policy or procedure, do you document the change and put the new version into practice (tell staff, retire the old version)?",
        options: yesPartlyNo({
          yes: "Documented, implemented changes are exactly what the rule allows.",
          partly: "Make sure every change is both documented and rolled out.",
          no: "Undocumented changes leave your written policies out of step with what you do.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.316(b)(1)",
    safeguard: "documentation",
    standard: "Documentation",
    standardCfr: "164.316(b)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Keep your security policies and procedures in written form (electronic is fine). Whenever the Security Rule requires an action, activity or assessment to be documented, such as a risk analysis or an incident, keep a written record of it.",
    smallPracticeExample:
      "Sandstone Dental keeps a compliance folder on the server, backed up with everything else: the security manual, risk analyses, training sign-in sheets, incident log, access reviews, BAAs and the written decisions on addressable specifications. Nothing in it is deleted until its 6-year retention period has passed.",
    nistActivities: [
      "Draft, maintain, and update required documentation",
      "Retain documentation for at least six years",
      "Ensure that documentation is available to those responsible for implementation",
      "Update documentation as required",
    ],
    questions: [
      {
        id: "q-316b1-1",
        text: "Are your security policies and procedures kept in written form (on paper or electronically)?",
        options: yesPartlyNo({
          yes: "This meets the first half of the documentation standard.",
          partly: "Write down the procedures that only exist in people's heads.",
          no: "Gap: policies and procedures must be kept in written form.",
        }),
      },
      {
        id: "q-316b1-2",
        text: "Do you keep written records of the actions and assessments the rule requires, such as risk analyses, training, incidents, access reviews, BAAs and decisions on addressable items?",
        options: yesPartlyNo({
          yes: "These records are your evidence of compliance.",
          partly: "Fill in the missing records, starting with the risk analysis and incidents.",
          no: "Gap: without records, you can't show the required activities happened.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.316(b)(2)(i)",
    safeguard: "documentation",
    standard: "Documentation",
    standardCfr: "164.316(b)(1)",
    specification: "Time limit",
    status: "required",
    plainLanguage:
      "Keep the required documentation for 6 years from the date it was created or the date it was last in effect, whichever is later. A policy replaced today must be kept for 6 more years.",
    smallPracticeExample:
      "When Bellwood Dental updates a policy, the office manager moves the old version to an \"Archive\" folder named with the date it stopped being in effect. Once a year she deletes only the files whose 6 years have passed.",
    nistActivities: ["Retain documentation for at least six years"],
    questions: [
      {
        id: "q-316b2i-1",
        text: "Do you keep security documentation for at least 6 years from when it was created or last in effect, whichever is later?",
        options: options(
          best("six-years", "Yes, at least 6 years", "This meets the required time limit."),
          partial("sometimes-less", "Some records are kept for less, or we aren't sure", "Set a rule and check the records you hold."),
          notMet("no", "No, we discard records sooner", "Gap in a required item."),
        ),
      },
      {
        id: "q-316b2i-2",
        text: "When a policy is replaced, do you keep the old version, with the dates it was in effect, for 6 years after it stopped being in effect?",
        options: yesPartlyNo({
          yes: "Old versions show what your policy was at any past date, which an investigation may ask for.",
          partly: "Keep every superseded version, with its dates.",
          no: "Overwriting old policies loses records you must keep.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.316(b)(2)(ii)",
    safeguard: "documentation",
    standard: "Documentation",
    standardCfr: "164.316(b)(1)",
    specification: "Availability",
    status: "required",
    plainLanguage:
      "Make the documentation available to the people responsible for carrying out the procedures it describes. Staff should know where to find the current policies that apply to their work.",
    smallPracticeExample:
      "Every workstation at Fairmont Dental has a shortcut to the read-only \"Security Policies\" folder, a printed copy sits in the front-desk binder for when the computers are down, and new hires are shown both on their first day. The folder is read-only for staff so nobody edits a policy by accident.",
    nistActivities: ["Ensure that documentation is available to those responsible for implementation"],
    questions: [
      {
        id: "q-316b2ii-1",
        text: "Can the staff who carry out each procedure easily find the current version (for example a shared folder or binder everyone knows about)?",
        options: yesPartlyNo({
          yes: "This meets the required availability specification.",
          partly: "Make the current versions easy to find, including when computers are down.",
          no: "Gap in a required item: documentation must be available to those who use it.",
        }),
      },
      {
        id: "q-316b2ii-2",
        text: "Do new and existing staff know where the security documents that apply to their work are kept, for example from onboarding or training?",
        options: yesPartlyNo({
          yes: "Documentation people know about is documentation they use.",
          partly: "Cover it in onboarding and in the yearly refresher.",
          no: "Policies no one can find don't guide anyone's work.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.316(b)(2)(iii)",
    safeguard: "documentation",
    standard: "Documentation",
    standardCfr: "164.316(b)(1)",
    specification: "Updates",
    status: "required",
    plainLanguage:
      "Review your documentation periodically and update it as needed when changes in your environment or operations affect the security of electronic patient information, for example new software, a new vendor, a move or an incident. Record the date of each review, even when nothing needed to change.",
    smallPracticeExample:
      "Cypress Dental reviews its whole security manual each January and puts the review date on the cover page. After switching imaging vendors in June, the office manager updated the backup, access and BAA sections the same month.",
    nistActivities: ["Update documentation as required"],
    questions: [
      {
        id: "q-316b2iii-1",
        text: "Do you review your security documentation on a schedule (for example yearly) and update it as needed?",
        options: options(
          best("scheduled", "Yes, on a schedule, with the review date recorded", "Periodic, recorded review meets this required specification."),
          partial("occasionally", "Occasionally, with no schedule", "Set a schedule and record each review."),
          notMet("never", "No", "Gap in a required item: documentation must be reviewed periodically."),
        ),
      },
      {
        id: "q-316b2iii-2",
        text: "Do you update documentation when something changes that affects security, such as new software, a new vendor, a move or an incident?",
        options: yesPartlyNo({
          yes: "Updating after changes keeps your documents true to how you work.",
          partly: "Make it a routine step after every significant change.",
          no: "Gap in a required item: documentation must be updated in response to changes.",
        }),
      },
    ],
  }),
];
