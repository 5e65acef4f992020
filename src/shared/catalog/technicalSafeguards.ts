import { best, documentedAlternative, met, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

/** 45 CFR 164.312: access control, audit controls, integrity, authentication and transmission. */
export const technicalSafeguards: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.312(a)(1)",
    safeguard: "technical",
    standard: "Access control",
    standardCfr: "164.312(a)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Use technical settings in the systems that hold electronic patient information so that only the people and programs you have authorized (under your information access management policies) can get in. That covers user accounts and permissions, remote access and vendor access.",
    smallPracticeExample:
      "Dr. Alvarez's practice management software gives each role its own permission set, so front-desk accounts cannot delete clinical notes. Remote access for the IT vendor goes through a remote-support tool that the office manager switches on only when support is needed.",
    nistActivities: [
      "Analyze workloads and operations to identify the access needs of all users",
      "Identify technical access control capabilities",
      "Ensure that all system users have been assigned a unique identifier",
      "Develop access control policy and procedures",
      "Implement access control procedures using selected hardware and software",
      "Review and update access for users and processes",
      "Establish an emergency access procedure",
      "Automatic logoff and encryption and decryption",
      "Terminate access if it is no longer required",
    ],
    questions: [
      {
        id: "q-312a1-1",
        text: "Do your systems (practice management, imaging, email, shared folders) technically limit each user to the information and functions their role needs?",
        options: yesPartlyNo({
          yes: "Technical limits that match your access policy meet this standard.",
          partly: "Set up the remaining systems; shared folders and imaging software are often wide open.",
          no: "Gap: everyone with a log-in can reach everything.",
        }),
      },
      {
        id: "q-312a1-2",
        text: "Is remote access to your systems (from home, or by vendors for support) limited to approved people and turned off when it isn't needed?",
        options: options(
          best("controlled", "Yes, approved people only, and off when not in use", "Controlled remote access closes one of the most attacked doors."),
          partial("always-on", "Only approved people, but it is always on", "Always-on remote access is a frequent ransomware entry point; limit it."),
          notMet("uncontrolled", "We don't really know who can connect remotely", "Unknown remote access is a serious gap."),
          met("no-remote-access", "No one connects remotely", "Nothing to control here; check this again when you add remote work or vendor support."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.312(a)(2)(i)",
    safeguard: "technical",
    standard: "Access control",
    standardCfr: "164.312(a)(1)",
    specification: "Unique user identification",
    status: "required",
    plainLanguage:
      "Give every user their own unique name or number for signing in, so you can tell who did what. Shared log-ins such as \"frontdesk\" or \"hygiene\" make that impossible.",
    smallPracticeExample:
      "When Tall Pines Dental moved from a shared \"operatory\" log-in to individual accounts, each assistant got her own Windows and practice software user name, and the operatory computers now switch users quickly with a short PIN for the screen lock. The audit log now shows which assistant opened each chart.",
    nistActivities: ["Ensure that all system users have been assigned a unique identifier"],
    questions: [
      {
        id: "q-312a2i-1",
        text: "Does every person who uses your systems have their own user name, with no shared log-ins such as \"frontdesk\" or \"hygiene\"?",
        options: options(
          best("all-unique", "Yes, everyone has their own log-in everywhere", "This meets the required unique user identification specification."),
          partial("some-shared", "Mostly, but some shared log-ins remain (for example on an operatory PC or in the imaging software)", "Each shared log-in hides who did what; replace them."),
          notMet("shared", "No, we use shared log-ins", "Gap in a required item: users must be uniquely identified."),
        ),
      },
      {
        id: "q-312a2i-2",
        text: "Do vendors and IT support sign in with their own named accounts, not a staff member's or a shared administrator account?",
        options: yesPartlyNo({
          yes: "Vendor activity is traceable to the vendor.",
          partly: "Give every vendor person a named account, and disable it when not needed.",
          no: "Vendor activity can't be told apart from your staff's.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(a)(2)(ii)",
    safeguard: "technical",
    standard: "Access control",
    standardCfr: "164.312(a)(1)",
    specification: "Emergency access procedure",
    status: "required",
    plainLanguage:
      "Establish, and carry out when needed, procedures for getting to the electronic patient information you need during an emergency, for example when the only administrator is unreachable or a system has failed. The procedure says who may use it, how, and how its use is recorded.",
    smallPracticeExample:
      "Mapleton Dental keeps the administrator passwords for the server and practice software in a sealed, signed envelope in the office safe, with a copy held by the IT vendor. If the envelope is opened, the office manager logs why and changes the passwords afterwards.",
    nistActivities: ["Establish an emergency access procedure"],
    questions: [
      {
        id: "q-312a2ii-1",
        text: "Do you have a written procedure for getting to patient information in an emergency, for example if the only administrator is unreachable or the server fails?",
        options: yesPartlyNo({
          yes: "This meets the required emergency access specification.",
          partly: "Write the procedure down and name who may use it.",
          no: "Gap in a required item: emergency access must be planned.",
        }),
      },
      {
        id: "q-312a2ii-2",
        text: "Are emergency administrator passwords stored securely (for example sealed in the office safe or in a password manager) and reachable by more than one trusted person?",
        options: yesPartlyNo({
          yes: "Secure storage with more than one keyholder makes emergency access both safe and possible.",
          partly: "Make sure a second trusted person can reach them, and that use is recorded.",
          no: "If the one person who knows them is away, you may be locked out of patient records.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(a)(2)(iii)",
    safeguard: "technical",
    standard: "Access control",
    standardCfr: "164.312(a)(1)",
    specification: "Automatic logoff",
    status: "addressable",
    plainLanguage:
      "Use electronic settings that end or lock a session after a set time of inactivity, so an unattended computer does not stay open to patient information. Choose the time to suit each location: short at the front desk and in operatories.",
    smallPracticeExample:
      "At Brightwater Dental, Windows locks every workstation after 5 minutes without use, and the practice management software logs users out after 15 minutes. Staff unlock with a short PIN, so the setting doesn't slow down patient care.",
    nistActivities: ["Automatic logoff and encryption and decryption"],
    questions: [
      {
        id: "q-312a2iii-1",
        text: "Do computers lock automatically after a short period of inactivity (for example 5 to 15 minutes, shorter in operatories and at the front desk)?",
        options: yesPartlyNo(
          {
            yes: "This meets the automatic logoff specification.",
            partly: "Turn it on for the remaining computers or shorten long timeouts.",
            no: "Unattended computers stay open to anyone who walks by.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up, for example a device that must stay on for a procedure and is never left unattended.")],
        ),
      },
      {
        id: "q-312a2iii-2",
        text: "Does your practice management and imaging software sign users out or lock after a period of inactivity?",
        options: yesPartlyNo({
          yes: "Application timeouts add a second layer of protection.",
          partly: "Check the settings in each program; many have a timeout that is turned off by default.",
          no: "An open program session can be used by anyone at the computer.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(a)(2)(iv)",
    safeguard: "technical",
    standard: "Access control",
    standardCfr: "164.312(a)(1)",
    specification: "Encryption and decryption",
    status: "addressable",
    plainLanguage:
      "Use a way to encrypt and decrypt electronic patient information where it is stored, so it is unreadable without the key. Encryption matters most for anything that can be lost or stolen, such as laptops, phones, backup drives and USB sticks. If an encrypted device is lost, it generally is not a reportable breach.",
    smallPracticeExample:
      "Rosewood Dental turned on BitLocker on every Windows computer, uses encrypted USB drives for its rotating backup, and requires a passcode on the practice phones, which are encrypted by default. The recovery keys are stored with the IT vendor and in the office safe.",
    nistActivities: ["Automatic logoff and encryption and decryption"],
    questions: [
      {
        id: "q-312a2iv-1",
        text: "Are laptops, and any computer that could be stolen, protected with full-disk encryption (for example BitLocker or FileVault)?",
        options: options(
          best("all", "Yes, all of them", "This meets the specification and means a stolen device is generally not a reportable breach."),
          partial("some", "Some of them", "Every unencrypted device with patient information is a breach waiting to happen."),
          notMet("none", "No", "Lost or stolen unencrypted devices are one of the most common causes of reported breaches."),
          documentedAlternative("Allowed for an addressable item only if the reasoning holds up; for laptops it rarely does."),
        ),
      },
      {
        id: "q-312a2iv-2",
        text: "Are backup drives, USB drives and other portable media with patient information encrypted?",
        options: options(
          best("yes", "Yes", "Portable media are easy to lose; encryption protects what's on them."),
          partial("some", "Some of them", "Encrypt the rest, starting with backup drives that leave the office."),
          notMet("no", "No", "A lost backup drive could expose every patient's records."),
          met("no-portable-media", "We don't put patient information on portable media", "Nothing to encrypt here; make sure your policy says so."),
        ),
      },
      {
        id: "q-312a2iv-3",
        text: "Are phones and tablets that hold or reach patient information (including practice email) encrypted and protected with a passcode?",
        options: options(
          best("yes", "Yes, all of them", "Modern phones encrypt when a passcode is set; this meets the need."),
          partial("some", "Some of them", "Require a passcode on every device that reaches patient information."),
          notMet("no", "No", "An unlocked phone with practice email exposes patient information to anyone who finds it."),
          met("no-mobile-devices", "No phones or tablets reach patient information", "Nothing to protect here; revisit when that changes."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.312(b)",
    safeguard: "technical",
    standard: "Audit controls",
    standardCfr: "164.312(b)",
    specification: null,
    status: "required",
    plainLanguage:
      "Use hardware, software or procedures that record and let you examine activity in the systems that hold or use electronic patient information. In practice, make sure audit logging is turned on in your practice software and server, and that the logs are kept safe for reviews.",
    smallPracticeExample:
      "The IT vendor confirmed that audit logging is on in Cherry Hill Dental's practice management and imaging software and on the server. Logs are kept for two years and only the office manager and the IT vendor can view or export them.",
    nistActivities: [
      "Determine the activities that will be tracked or audited",
      "Select the tools that will be deployed for auditing and system activity reviews",
      "Develop and deploy the information system activity review/audit policy",
      "Develop appropriate standard operating procedures",
      "Implement the audit/system activity review process",
    ],
    questions: [
      {
        id: "q-312b-1",
        text: "Is audit logging turned on in your practice management software, imaging software and server, recording who viewed, changed or deleted patient records and when?",
        options: options(
          best("all", "Yes, in all of them", "This meets the required audit controls standard."),
          partial("some", "In some of them", "Turn it on everywhere patient information is held."),
          notMet("no", "No, or I haven't checked", "Gap in a required standard: activity must be recorded to be examined."),
        ),
      },
      {
        id: "q-312b-2",
        text: "Are audit logs kept long enough to investigate problems (as your policy sets) and protected from being changed or deleted by ordinary users?",
        options: yesPartlyNo({
          yes: "Retained, protected logs are usable as evidence.",
          partly: "Set a retention period and limit who can clear logs.",
          no: "Logs that disappear or can be edited don't support an investigation.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(c)(1)",
    safeguard: "technical",
    standard: "Integrity",
    standardCfr: "164.312(c)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Have policies and procedures to protect electronic patient information from being improperly changed or destroyed. That includes limiting who can edit or delete records, and protecting against malware that could alter or wipe data.",
    smallPracticeExample:
      "At Fox Run Dental, only the dentists can change signed clinical notes (and the software keeps the original), staff sign in with everyday accounts rather than administrator accounts, and ransomware protection runs on every computer. The office manager looks at the software's deleted-items report every month.",
    nistActivities: [
      "Identify all users who have been authorized to access ePHI",
      "Identify any possible unauthorized sources that may be able to intercept the information and modify it",
      "Develop the integrity policy and requirements",
      "Implement procedures to address these requirements",
      "Implement a mechanism to authenticate ePHI",
      "Establish a monitoring process to assess how the implemented process is working",
    ],
    questions: [
      {
        id: "q-312c1-1",
        text: "Are the rights to change or delete patient records limited to staff who need them, with deleted or changed records recoverable?",
        options: yesPartlyNo({
          yes: "This protects records from improper alteration or destruction.",
          partly: "Tighten the remaining permissions and check what your software keeps after changes.",
          no: "Gap: anyone could alter or destroy records without a trace.",
        }),
      },
      {
        id: "q-312c1-2",
        text: "Do staff work in everyday (non-administrator) accounts, so that a mistake or malware cannot change system files or wipe data?",
        options: yesPartlyNo({
          yes: "Limited accounts greatly reduce the damage malware or mistakes can do.",
          partly: "Remove administrator rights from the remaining everyday accounts.",
          no: "Malware running as an administrator can alter or destroy everything.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(c)(2)",
    safeguard: "technical",
    standard: "Integrity",
    standardCfr: "164.312(c)(1)",
    specification: "Mechanism to authenticate electronic protected health information",
    status: "addressable",
    plainLanguage:
      "Use electronic means to confirm that electronic patient information has not been changed or destroyed without authorization. Audit trails that show changes, and backup checks that detect corrupted files, are common examples.",
    smallPracticeExample:
      "Juniper Dental's practice software keeps a history of every change to a chart, showing the original entry, the user and the time. The cloud backup service verifies each file with a checksum and reports any that fail.",
    nistActivities: ["Implement a mechanism to authenticate ePHI"],
    questions: [
      {
        id: "q-312c2-1",
        text: "Can your practice management software show whether a patient record was changed, by whom and when (an audit trail or version history)?",
        options: yesPartlyNo(
          {
            yes: "An audit trail lets you corroborate that records weren't improperly changed.",
            partly: "Check whether imaging and other systems keep a change history too.",
            no: "You can't tell whether a record has been altered.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-312c2-2",
        text: "Do your backup or storage systems check that stored files have not been corrupted or altered (for example backup verification or checksums)?",
        options: yesPartlyNo({
          yes: "Automatic verification detects damaged or altered data.",
          partly: "Turn on verification for the remaining backups.",
          no: "Corrupted data may go unnoticed until you need it.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(d)",
    safeguard: "technical",
    standard: "Person or entity authentication",
    standardCfr: "164.312(d)",
    specification: null,
    status: "required",
    plainLanguage:
      "Have procedures to verify that a person or organization trying to get to electronic patient information is who they claim to be. Usually this is a private password for each user. For higher-risk access such as email, remote access and cloud systems, your risk analysis will often point to a second sign-in step as well; the current rule does not name one.",
    smallPracticeExample:
      "Everyone at Heritage Dental signs in with their own passphrase, and email, the cloud backup console and remote access also require a code from a phone app. When someone calls claiming to be from the IT vendor, staff hang up and call back on the number in the contact list.",
    nistActivities: [
      "Determine authentication applicability to current systems/applications",
      "Evaluate available authentication options",
      "Select and implement authentication options",
    ],
    questions: [
      {
        id: "q-312d-1",
        text: "Does every sign-in to a system with patient information require something only that user has or knows, such as a private password, PIN, badge or fingerprint?",
        options: yesPartlyNo({
          yes: "This meets the core of the required authentication standard.",
          partly: "Close the remaining gaps, such as computers that sign in automatically.",
          no: "Gap in a required standard: users are not verified.",
        }),
      },
      {
        id: "q-312d-2",
        text: "Do you use a second sign-in step (a code, app prompt or security key) for email, remote access and cloud systems with patient information?",
        options: options(
          best("everywhere", "Yes, for all of them", "A second step stops most stolen-password attacks."),
          partial("some", "For some of them", "Add it to the rest, starting with email and remote access."),
          partial("passwords-only", "No, passwords only", "The current rule doesn't name a second step, but for internet-facing access a password alone is a high risk your risk analysis should address."),
        ),
      },
      {
        id: "q-312d-3",
        text: "Before allowing a remote-support session or a password reset, do staff confirm the caller really is who they say (for example by calling back the IT vendor at a known number)?",
        options: yesPartlyNo({
          yes: "Verifying the entity stops impostors posing as your vendor.",
          partly: "Make the call-back rule known to everyone who answers the phone.",
          no: "Fake \"IT support\" calls are a common way attackers get in.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(e)(1)",
    safeguard: "technical",
    standard: "Transmission security",
    standardCfr: "164.312(e)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Use technical security measures to guard against unauthorized access to electronic patient information while it is sent over a network, such as the internet, email or your office Wi-Fi. Start by knowing every way patient information leaves your office.",
    smallPracticeExample:
      "Clearview Dental listed how patient information leaves the office: claims through the clearinghouse website, referrals through an encrypted email service, X-rays to specialists through the imaging vendor's secure portal, and appointment reminders by text (names and times only). The list is part of the risk analysis and is checked each year.",
    nistActivities: [
      "Identify any possible unauthorized sources that may be able to intercept and/or modify the information",
      "Develop and implement transmission security policy and procedures",
      "Implement integrity controls",
      "Implement encryption",
    ],
    questions: [
      {
        id: "q-312e1-1",
        text: "Do you know every way patient information leaves your office electronically (email, e-fax, claims, patient portal, texting, referrals, image sharing)?",
        options: yesPartlyNo({
          yes: "Knowing every path is the basis for protecting transmissions.",
          partly: "Add the paths you missed; texting and e-fax are often forgotten.",
          no: "You can't protect transmissions you don't know about.",
        }),
      },
      {
        id: "q-312e1-2",
        text: "Do you have written rules about how staff may send patient information, for example no patient details in unencrypted email or personal text messages?",
        options: yesPartlyNo({
          yes: "Clear rules keep staff on the protected paths.",
          partly: "Cover every path and make sure staff know the rules.",
          no: "Staff may send patient information any way that is convenient.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.312(e)(2)(i)",
    safeguard: "technical",
    standard: "Transmission security",
    standardCfr: "164.312(e)(1)",
    specification: "Integrity controls",
    status: "addressable",
    plainLanguage:
      "Use security measures that make sure electronic patient information is not improperly changed in transit without being detected. Secure connections (https/TLS) used by claims, portal and secure email services provide this.",
    smallPracticeExample:
      "Northwind Dental's IT vendor checked that the clearinghouse, the patient portal and the imaging vendor's sharing site all use secure https connections, and that the practice software's connection to its cloud database is encrypted. Each vendor's confirmation is filed with its BAA.",
    nistActivities: ["Implement integrity controls"],
    questions: [
      {
        id: "q-312e2i-1",
        text: "Do the services you use to send patient information (claims, portal, e-fax, image sharing, secure email) use secure connections (https/TLS) that detect tampering in transit?",
        options: yesPartlyNo(
          {
            yes: "Secure connections meet this specification for those paths.",
            partly: "Check the remaining services, or ask each vendor to confirm.",
            no: "Information could be altered in transit without detection.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.312(e)(2)(ii)",
    safeguard: "technical",
    standard: "Transmission security",
    standardCfr: "164.312(e)(1)",
    specification: "Encryption",
    status: "addressable",
    plainLanguage:
      "Use a way to encrypt electronic patient information whenever that is appropriate while it is being sent. For a small practice this usually means encrypted email or a portal for sending patient information outside the office, secure Wi-Fi, and encrypted remote access.",
    smallPracticeExample:
      "Garden City Dental sends referrals through an encrypted email service under a BAA, runs staff Wi-Fi on WPA3 with a separate guest network for patients, and its IT vendor connects only through an encrypted remote-support tool. Patients who ask for plain email are warned of the risk first, and their choice is noted in the chart.",
    nistActivities: ["Implement encryption"],
    questions: [
      {
        id: "q-312e2ii-1",
        text: "When you email patient information outside the practice, is it encrypted (for example an encrypted email service or a secure portal)?",
        options: options(
          best("always", "Yes, always", "This meets the specification for email."),
          partial("sometimes", "Sometimes, or only when staff remember", "Make encryption automatic or the only allowed way."),
          notMet("never", "No", "Unencrypted email with patient information can be read in transit."),
          met("never-emailed", "We never email patient information outside the practice", "Nothing to encrypt by email; make sure your written rules say so and staff follow them."),
          documentedAlternative("Allowed for an addressable item if the reasoning holds up, for example a patient who asked for unencrypted email after being warned."),
        ),
      },
      {
        id: "q-312e2ii-2",
        text: "Is your staff Wi-Fi protected with strong encryption (WPA2 or WPA3) and a strong password, with patients on a separate guest network?",
        options: yesPartlyNo({
          yes: "Encrypted, separated Wi-Fi keeps patient information off the guest network.",
          partly: "Separate patients from the staff network, or upgrade old encryption.",
          no: "Anyone nearby could get onto the network that carries patient information.",
        }),
      },
      {
        id: "q-312e2ii-3",
        text: "Is remote access to your systems (for staff working from home or for vendor support) encrypted, for example through a VPN or the vendor's encrypted remote-support tool?",
        options: options(
          best("encrypted", "Yes", "Encrypted remote access protects patient information crossing the internet."),
          partial("unsure-some", "Some of it, or we're not sure for every connection", "Ask your IT vendor to confirm each remote connection method."),
          notMet("no", "No", "Unencrypted remote access exposes patient information and passwords."),
          met("no-remote-access", "No one connects remotely", "Nothing to encrypt here; revisit when that changes."),
        ),
      },
    ],
  }),
];
