import { best, documentedAlternative, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

/** 45 CFR 164.308(a)(5) and (a)(6): security awareness and training, and security incidents. */
export const administrativeSafeguardsPart2: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.308(a)(5)(i)",
    safeguard: "administrative",
    standard: "Security awareness and training",
    standardCfr: "164.308(a)(5)(i)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Run a security awareness and training program for everyone who works in the practice, including the dentists and owners. Training should match the risks your risk analysis found, such as phishing and ransomware, and be repeated over time.",
    smallPracticeExample:
      "Every new hire at Willow Dental watches a 30-minute security video and goes through the office's security rules with the office manager in their first week. Each October the whole team, dentists included, does a refresher at a staff lunch, and everyone signs the attendance sheet.",
    nistActivities: [
      "Conduct a training needs assessment",
      "Develop and approve a training strategy and a plan",
      "Protection from malicious software, login monitoring, and password management",
      "Develop appropriate awareness and training content, materials, and methods",
      "Implement the training",
      "Implement security reminders",
      "Monitor and evaluate the training plan",
    ],
    questions: [
      {
        id: "q-308a5i-1",
        text: "Does every new staff member get security training before, or soon after, they start working with patient information?",
        options: yesPartlyNo({
          yes: "Training at the start is when habits form; this meets the heart of the standard.",
          partly: "Make onboarding training consistent for every hire, including temps.",
          no: "Gap: the standard requires training for all members of the workforce.",
        }),
      },
      {
        id: "q-308a5i-2",
        text: "Does everyone, including dentists, owners and part-time staff, get refresher security training at least once a year?",
        options: options(
          best("yearly-everyone", "Yes, everyone, at least yearly", "HIPAA sets no fixed interval, but yearly refreshers are the common, defensible practice."),
          partial("some-people", "Some people, or less often than yearly", "The rule says all members of the workforce, including management."),
          notMet("no", "No refresher training", "One-time training fades and misses new threats."),
        ),
      },
      {
        id: "q-308a5i-3",
        text: "Do you keep records of who completed which security training and when?",
        options: yesPartlyNo({
          yes: "Attendance records are your evidence that training happened; keep them for 6 years.",
          partly: "Record every session, including one-on-one onboarding.",
          no: "Without records you cannot show staff were trained.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(5)(ii)(A)",
    safeguard: "administrative",
    standard: "Security awareness and training",
    standardCfr: "164.308(a)(5)(i)",
    specification: "Security reminders",
    status: "addressable",
    plainLanguage:
      "Send staff periodic security updates and reminders between formal trainings. Short, regular reminders keep security in mind and warn about new scams.",
    smallPracticeExample:
      "The office manager at Dr. Kim's practice adds a two-minute security tip to every monthly staff meeting and forwards alerts about new scams aimed at dental offices, such as fake supplier invoices. Each reminder is noted in the training log with its date.",
    nistActivities: ["Implement security reminders"],
    questions: [
      {
        id: "q-308a5iiA-1",
        text: "Do you give staff periodic security reminders, for example a monthly email, a staff-meeting topic or a poster about phishing?",
        options: yesPartlyNo(
          {
            yes: "Regular reminders meet this specification and keep awareness fresh.",
            partly: "Make reminders regular rather than occasional.",
            no: "Without reminders, training fades between sessions.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-308a5iiA-2",
        text: "When a new threat appears (for example a fake invoice or fake IT-support call aimed at dental offices), do you warn staff promptly?",
        options: yesPartlyNo({
          yes: "Timely warnings stop scams that training didn't anticipate.",
          partly: "Decide who watches for alerts and how staff are told.",
          no: "Staff meet new scams unprepared.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(5)(ii)(B)",
    safeguard: "administrative",
    standard: "Security awareness and training",
    standardCfr: "164.308(a)(5)(i)",
    specification: "Protection from malicious software",
    status: "addressable",
    plainLanguage:
      "Have procedures for guarding against, detecting and reporting malicious software such as viruses and ransomware. That means protective software and updates on every computer, and staff who know how to recognize and report suspicious emails and files.",
    smallPracticeExample:
      "Bayview Dental's IT vendor runs managed anti-malware on the server and all workstations and installs Windows and practice software updates every month. Staff know to forward suspicious emails to the office manager and to unplug the network cable if a ransom message appears.",
    nistActivities: ["Protection from malicious software, login monitoring, and password management"],
    questions: [
      {
        id: "q-308a5iiB-1",
        text: "Does every computer and server that touches patient information run up-to-date anti-malware protection?",
        options: yesPartlyNo(
          {
            yes: "This is a basic, expected protection against ransomware and viruses.",
            partly: "Unprotected machines, such as imaging PCs, are often where attacks start; cover them.",
            no: "Gap: computers without malware protection are easy targets.",
          },
          [documentedAlternative("Rarely reasonable for computers with patient information; have the reasoning reviewed.")],
        ),
      },
      {
        id: "q-308a5iiB-2",
        text: "Are security updates for the operating system, the practice software and other programs installed promptly (for example within a month of release)?",
        options: options(
          best("prompt", "Yes, promptly and automatically or on a schedule", "Timely updates close the holes malware uses."),
          partial("sometimes", "Sometimes, or some computers are out of support (for example old Windows versions)", "Unsupported or unpatched systems are a common way in; plan replacements."),
          notMet("no", "No", "Unpatched systems are highly exposed to malicious software."),
        ),
      },
      {
        id: "q-308a5iiB-3",
        text: "Do staff know how to spot suspicious emails and attachments, and whom to tell right away if they clicked something?",
        options: yesPartlyNo({
          yes: "Quick reporting lets you contain malware before it spreads.",
          partly: "Cover this in training and reminders for everyone.",
          no: "Staff who don't report a bad click let malware spread unnoticed.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(5)(ii)(C)",
    safeguard: "administrative",
    standard: "Security awareness and training",
    standardCfr: "164.308(a)(5)(i)",
    specification: "Log-in monitoring",
    status: "addressable",
    plainLanguage:
      "Have procedures for monitoring log-in attempts and reporting anything unusual. Repeated failed log-ins or sign-ins at odd hours can be an early sign that someone is trying to break in.",
    smallPracticeExample:
      "At Hilltop Dental, Windows and the practice software lock an account after five wrong passwords, and the email service alerts the office manager about sign-ins from unusual locations. She reports anything she can't explain to the IT vendor.",
    nistActivities: ["Protection from malicious software, login monitoring, and password management"],
    questions: [
      {
        id: "q-308a5iiC-1",
        text: "Do your systems lock an account, or alert someone, after repeated failed log-in attempts?",
        options: yesPartlyNo(
          {
            yes: "Lockouts and alerts stop password guessing and flag attacks early.",
            partly: "Turn this on for the remaining systems, especially email and remote access.",
            no: "Attackers can guess passwords without anyone noticing.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-308a5iiC-2",
        text: "Does someone look at failed or unusual log-ins (for example at night or from another country) and report anything odd to the Security Official?",
        options: yesPartlyNo({
          yes: "Reviewing and reporting discrepancies is what this specification asks for.",
          partly: "Make the review regular and make sure findings reach the Security Official.",
          no: "Warnings your systems produce go unseen.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(5)(ii)(D)",
    safeguard: "administrative",
    standard: "Security awareness and training",
    standardCfr: "164.308(a)(5)(i)",
    specification: "Password management",
    status: "addressable",
    plainLanguage:
      "Have procedures for creating, changing and protecting passwords, and teach them to staff. Good passwords are long, not reused, never shared, and changed right away if they might have been exposed.",
    smallPracticeExample:
      "Crestview Dental's password rule is a passphrase of at least 14 characters, different for every system, kept in the practice's password manager. Passwords are changed immediately if someone thinks theirs was seen or phished, and the router and imaging-device default passwords were changed at installation.",
    nistActivities: ["Protection from malicious software, login monitoring, and password management"],
    questions: [
      {
        id: "q-308a5iiD-1",
        text: "Does your practice have written rules for creating, changing and protecting passwords (for example long passphrases, no reuse, change immediately if exposed)?",
        options: yesPartlyNo(
          {
            yes: "Written rules, taught to staff, meet this specification.",
            partly: "Put the rules in writing and cover them in training.",
            no: "Weak and reused passwords are a leading cause of break-ins.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-308a5iiD-2",
        text: "Do staff keep their passwords to themselves, never sharing them or writing them on notes near the computer?",
        options: yesPartlyNo({
          yes: "Private passwords keep each person's activity traceable to them.",
          partly: "Stop the remaining sharing or sticky notes; a password manager helps.",
          no: "Shared or posted passwords defeat unique log-ins and audit trails.",
        }),
      },
      {
        id: "q-308a5iiD-3",
        text: "Have default passwords been changed on all equipment, such as the Wi-Fi router, firewall, imaging devices, security cameras and the server?",
        options: yesPartlyNo({
          yes: "Default passwords are public knowledge; changing them closes an easy way in.",
          partly: "Check the remaining devices, including ones a vendor installed.",
          no: "Anyone can look up a default password and take over the device.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(6)(i)",
    safeguard: "administrative",
    standard: "Security incident procedures",
    standardCfr: "164.308(a)(6)(i)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Have policies and procedures for dealing with security incidents. A security incident is an attempted or successful unauthorized access, use, disclosure, change or destruction of information, or interference with your systems, for example a clicked phishing link, a lost phone, ransomware or a former employee still logging in.",
    smallPracticeExample:
      "Pinecrest Dental has a one-page incident procedure taped inside the supply closet: stop and disconnect, call the office manager, call the IT vendor, write down what happened. It lists phone numbers for the IT vendor, the practice software support line and the cyber-insurance carrier.",
    nistActivities: [
      "Determine the goals of an incident response",
      "Develop and deploy an incident response team or other reasonable and appropriate response mechanism",
      "Develop and implement policy and procedures to respond to and report security incidents",
      "Incorporate post-incident analysis into updates and revisions",
    ],
    questions: [
      {
        id: "q-308a6i-1",
        text: "Do you have a written incident response procedure that says what to do, whom to call and in what order?",
        options: yesPartlyNo({
          yes: "A written procedure means people act quickly and correctly under stress.",
          partly: "Complete it with contacts and steps for the incidents your risk analysis expects.",
          no: "Gap: the standard requires policies and procedures to address security incidents.",
        }),
      },
      {
        id: "q-308a6i-2",
        text: "Do staff know what a security incident looks like, and that they must report it right away, even if they caused it?",
        options: yesPartlyNo({
          yes: "Early reporting is what makes a response possible.",
          partly: "Cover this for everyone, and make clear that honest reporting is welcome.",
          no: "Incidents that go unreported can't be contained.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.308(a)(6)(ii)",
    safeguard: "administrative",
    standard: "Security incident procedures",
    standardCfr: "164.308(a)(6)(i)",
    specification: "Response and reporting",
    status: "required",
    plainLanguage:
      "Identify and respond to suspected or known security incidents, reduce their harmful effects as far as practical, and document each incident and its outcome. Small incidents count too; the record shows patterns and proves you responded.",
    smallPracticeExample:
      "When a hygienist at Meadow Dental reported a lost practice phone, the office manager had the IT vendor wipe it remotely within the hour and changed the email password. She logged the incident with times and actions, and noted that the phone was encrypted, so no breach notification was needed.",
    nistActivities: ["Develop and implement policy and procedures to respond to and report security incidents"],
    questions: [
      {
        id: "q-308a6ii-1",
        text: "Do you keep a log of every security incident, including suspected and small ones, with what happened and how it ended?",
        options: yesPartlyNo({
          yes: "Documenting incidents and their outcomes is part of this required specification.",
          partly: "Log every incident, including ones that turned out to be harmless.",
          no: "Gap in a required item: incidents and outcomes must be documented.",
        }),
      },
      {
        id: "q-308a6ii-2",
        text: "After an incident, do you act to limit the harm (for example disconnecting an infected computer, changing passwords, wiping a lost phone) and record what you did?",
        options: yesPartlyNo({
          yes: "Mitigating harm as far as practical is required; the record shows you did it.",
          partly: "Make sure each step taken is recorded with its time.",
          no: "Gap in a required item: known harmful effects must be mitigated where practical.",
        }),
      },
      {
        id: "q-308a6ii-3",
        text: "Do you have an up-to-date contact list for incidents: IT support, software vendors, your cyber-insurance carrier and legal counsel?",
        options: yesPartlyNo({
          yes: "Having the numbers ready saves hours when it matters.",
          partly: "Check the list is current and kept somewhere you can reach if the computers are down.",
          no: "Looking up who to call during an incident delays the response.",
        }),
      },
      {
        id: "q-308a6ii-4",
        text: "Does your procedure include deciding whether an incident is a breach that must be reported to patients and HHS under the Breach Notification Rule, and recording that decision?",
        options: yesPartlyNo({
          yes: "Recording the breach decision documents the incident's outcome and protects you later.",
          partly: "Record the decision and its reasoning for every incident involving patient information.",
          no: "Missed breach notifications lead to separate violations and penalties.",
        }),
      },
    ],
  }),
];
