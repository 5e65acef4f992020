import { best, documentedAlternative, met, notMet, options, partial, requirement, yesPartlyNo } from "./builders";
import type { Requirement } from "./types";

/** 45 CFR 164.310: facility access, workstations, and devices and media. */
export const physicalSafeguards: ReadonlyArray<Requirement> = [
  requirement({
    cfr: "164.310(a)(1)",
    safeguard: "physical",
    standard: "Facility access controls",
    standardCfr: "164.310(a)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Have policies and procedures that limit physical access to your computer systems and the building or rooms that house them, while still letting authorized people in. Think about doors, locks, alarms, the server closet and who holds keys and codes.",
    smallPracticeExample:
      "Northgate Dental's front door has a keypad lock and an alarm monitored after hours; the server and network equipment sit in a locked closet behind the sterilization area. The office manager keeps a list of the six people with keys and alarm codes.",
    nistActivities: [
      "Conduct an analysis of existing physical security vulnerabilities",
      "Identify corrective measures",
      "Develop a facility security plan",
      "Develop access control and validation procedures",
      "Establish contingency operations procedures",
      "Maintain maintenance records",
    ],
    questions: [
      {
        id: "q-310a1-1",
        text: "Are the office and any room holding servers, network equipment or patient records locked when no one is there, with an alarm or similar protection after hours?",
        options: yesPartlyNo({
          yes: "Locked premises with after-hours protection meet the core of this standard.",
          partly: "Close the remaining gaps, such as an unlocked server closet or a back door.",
          no: "Gap: physical access to your systems is not limited.",
        }),
      },
      {
        id: "q-310a1-2",
        text: "Do you keep a current list of who has keys, key cards and alarm codes, and update it when staff change?",
        options: yesPartlyNo({
          yes: "Knowing who can get in is the basis of controlling facility access.",
          partly: "Update the list and include cleaners, landlords and vendors with keys.",
          no: "You can't control access if you don't know who has it.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(a)(2)(i)",
    safeguard: "physical",
    standard: "Facility access controls",
    standardCfr: "164.310(a)(1)",
    specification: "Contingency operations",
    status: "addressable",
    plainLanguage:
      "Establish, and carry out when needed, procedures that allow access to the building so that lost data can be restored under your disaster recovery and emergency mode plans. In an emergency, the right people must still be able to get in, and the wrong ones kept out.",
    smallPracticeExample:
      "Valley Dental's contingency plan says that after a flood or break-in the office manager or dentist-owner meets the IT vendor at the office, at any hour, to restore the server. The landlord's emergency number and the alarm company's passcode procedure are in the plan.",
    nistActivities: ["Establish contingency operations procedures"],
    questions: [
      {
        id: "q-310a2i-1",
        text: "In an emergency (fire, flood, break-in), do you have a procedure for letting the right people into the building to restore systems and data, for example your IT support arriving after hours?",
        options: yesPartlyNo(
          {
            yes: "Planned emergency access lets recovery start quickly and safely.",
            partly: "Name who may authorize and who may enter, and add contact numbers.",
            no: "Recovery can stall, or be done insecurely, if access isn't planned.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.310(a)(2)(ii)",
    safeguard: "physical",
    standard: "Facility access controls",
    standardCfr: "164.310(a)(1)",
    specification: "Facility security plan",
    status: "addressable",
    plainLanguage:
      "Have policies and procedures to protect the building and the equipment in it from unauthorized physical access, tampering and theft. A short written plan describing your locks, alarm, cameras and opening and closing routine is usually enough for a small office.",
    smallPracticeExample:
      "Westside Dental's two-page facility security plan covers the door locks, the monitored alarm, the camera over the front desk, the locked server closet and the closing checklist (computers locked, back door checked, alarm set). The plan is reviewed each year during a walk-through of the office.",
    nistActivities: ["Develop a facility security plan"],
    questions: [
      {
        id: "q-310a2ii-1",
        text: "Do you have a written facility security plan describing how the building and equipment are protected from unauthorized entry, tampering and theft (locks, alarm, cameras, opening and closing routine)?",
        options: yesPartlyNo(
          {
            yes: "A written plan meets this specification and helps new staff follow it.",
            partly: "Write down the practices you already follow.",
            no: "Without a plan, protection depends on who happens to close up.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-310a2ii-2",
        text: "Is the server and network equipment in a locked room or cabinet that patients and visitors cannot reach?",
        options: options(
          best("locked", "Yes, locked away", "This protects your most important equipment from tampering and theft."),
          partial("out-of-sight", "Out of sight, but not locked", "Hidden is not secured; a lock is cheap protection."),
          notMet("open", "No, it is in an open area", "Anyone in the office could unplug, damage or take it."),
          met("cloud-only", "No server on site (all our software is in the cloud), and the router is out of reach", "Little to lock away here; your cloud vendors protect their servers under your BAAs."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.310(a)(2)(iii)",
    safeguard: "physical",
    standard: "Facility access controls",
    standardCfr: "164.310(a)(1)",
    specification: "Access control and validation procedures",
    status: "addressable",
    plainLanguage:
      "Have procedures to control and validate each person's access to the office based on their role, including how visitors are handled. The same specification covers controlling who may get to software programs to test or change them.",
    smallPracticeExample:
      "At Cornerstone Dental, repair technicians and vendors sign the visitor log and are escorted past the front desk. Only the office manager and the IT vendor may open the server closet, and software is installed or updated only by the IT vendor with the office manager's approval.",
    nistActivities: ["Develop access control and validation procedures"],
    questions: [
      {
        id: "q-310a2iii-1",
        text: "Are visitors, vendors and repair technicians signed in and accompanied when they are in areas with computers or patient information?",
        options: yesPartlyNo(
          {
            yes: "Visitor control is named in this specification; this meets it.",
            partly: "Apply it to everyone, including regular vendors staff know well.",
            no: "Unescorted visitors can see screens or reach computers.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-310a2iii-2",
        text: "Is staff access to the building and to restricted rooms (such as the server closet or records room) based on role, and do you check it when roles change?",
        options: yesPartlyNo({
          yes: "Role-based, checked access is what control and validation means here.",
          partly: "Check keys and codes against roles at least yearly and on job changes.",
          no: "Everyone may be able to get everywhere, regardless of need.",
        }),
      },
      {
        id: "q-310a2iii-3",
        text: "Do you control who may install, test or change software on your systems (for example only your IT vendor, with your approval)?",
        options: yesPartlyNo({
          yes: "Controlling access to software for testing and revision is part of this specification.",
          partly: "Limit administrator rights so staff can't install software freely.",
          no: "Anyone could install or change software that handles patient information.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(a)(2)(iv)",
    safeguard: "physical",
    standard: "Facility access controls",
    standardCfr: "164.310(a)(1)",
    specification: "Maintenance records",
    status: "addressable",
    plainLanguage:
      "Have policies and procedures to document repairs and changes to the security-related physical parts of your office, such as locks, doors, walls and the alarm system. The record shows what was done, when and by whom.",
    smallPracticeExample:
      "Lakeview Dental keeps a simple maintenance log in the compliance binder: \"3/14 back door lock replaced (ABC Locksmith)\", \"6/02 alarm code changed after staff departure\", \"9/20 camera added over server closet\". Entries stay in the binder for at least 6 years, like the practice's other security records.",
    nistActivities: ["Maintain maintenance records"],
    questions: [
      {
        id: "q-310a2iv-1",
        text: "Do you keep a record of repairs and changes to security-related parts of the office, such as locks, doors, the alarm system and cameras?",
        options: yesPartlyNo(
          {
            yes: "A maintenance log meets this specification.",
            partly: "Record every security-related repair, including ones the landlord arranges.",
            no: "Without records you can't show when locks or alarms were changed.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-310a2iv-2",
        text: "When locks are rekeyed or alarm codes changed (for example after someone leaves), is that written down with the date?",
        options: yesPartlyNo({
          yes: "Dated records show access was closed when it should have been.",
          partly: "Record every change, not just major repairs.",
          no: "You can't show former staff lost physical access.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(b)",
    safeguard: "physical",
    standard: "Workstation use",
    standardCfr: "164.310(b)",
    specification: null,
    status: "required",
    plainLanguage:
      "Have policies and procedures that say what each kind of computer that can reach patient information may be used for, how it should be used, and what its physical surroundings should be like. For example: front-desk screens face away from the waiting room, and practice computers are not for personal browsing.",
    smallPracticeExample:
      "Evergreen Dental's workstation policy says practice computers are for practice work only, no personal email or downloads, and screens at the front desk have privacy filters. Staff may check the schedule on their own phones only through the practice software's app with a passcode.",
    nistActivities: [
      "Identify workstation and device types and functions or uses",
      "Identify the expected performance of each type of workstation and device",
      "Analyze physical surroundings for physical attributes",
    ],
    questions: [
      {
        id: "q-310b-1",
        text: "Do you have a written workstation use policy saying what office computers may be used for and how (for example no personal browsing, email or downloads)?",
        options: yesPartlyNo({
          yes: "This meets the required standard.",
          partly: "Cover all device types, including laptops, tablets and operatory PCs.",
          no: "Gap in a required standard: workstation use policies are required.",
        }),
      },
      {
        id: "q-310b-2",
        text: "Are screens at the front desk and in operatories placed or filtered so patients and visitors can't read patient information?",
        options: yesPartlyNo({
          yes: "The physical surroundings of workstations are part of this standard.",
          partly: "Fix the remaining screens, for example with privacy filters or by turning them.",
          no: "Patients can read other patients' information on screens.",
        }),
      },
      {
        id: "q-310b-3",
        text: "Do you have rules for using personal phones, tablets or home computers for practice work, if you allow it at all?",
        options: options(
          best("rules-or-forbidden", "Yes: written rules, or personal devices are not allowed and that is written down", "Clear rules on personal devices are part of a complete workstation policy."),
          partial("informal", "It happens, but there are no written rules", "Write rules or forbid it; personal devices are a common source of breaches."),
          notMet("uncontrolled", "Staff use personal devices however they like", "Patient information may end up on devices you don't control."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.310(c)",
    safeguard: "physical",
    standard: "Workstation security",
    standardCfr: "164.310(c)",
    specification: null,
    status: "required",
    plainLanguage:
      "Put physical safeguards on every computer and device that can reach patient information, so only authorized users can get to them. Think about where computers sit, who can walk up to them, and where laptops are kept.",
    smallPracticeExample:
      "At Silver Lake Dental, operatory keyboards sit on swing arms out of the patient's reach, front-desk computers are behind the counter, and the two laptops are locked in the office manager's cabinet overnight. Staff lock their screens when a patient is alone in the room.",
    nistActivities: [
      "Identify all methods of physical access to workstations and devices",
      "Analyze the risks associated with each type of access",
      "Identify and implement physical safeguards for workstations and devices",
    ],
    questions: [
      {
        id: "q-310c-1",
        text: "Are computers in patient-facing areas (front desk, operatories) protected from use by patients or visitors, for example kept in staffed areas or behind the counter?",
        options: yesPartlyNo({
          yes: "Restricting physical access to authorized users meets this required standard.",
          partly: "Check every location, including spare operatories and the waiting room.",
          no: "Gap in a required standard: workstations are open to unauthorized users.",
        }),
      },
      {
        id: "q-310c-2",
        text: "Are computers in operatories protected while a patient is alone in the room (screen locked, keyboard out of reach)?",
        options: yesPartlyNo({
          yes: "This closes a common dental-office gap.",
          partly: "Make it a habit for every provider and assistant.",
          no: "Patients alone in the room can see or use an open session.",
        }),
      },
      {
        id: "q-310c-3",
        text: "Are laptops and tablets with patient information secured when not in use (locked in a drawer or cabinet, cable locks) and never left in cars?",
        options: options(
          best("secured", "Yes", "Portable devices are the ones most often stolen; this protects them."),
          partial("usually", "Usually, but not always", "One laptop left in a car is enough for a breach."),
          notMet("no", "No", "Unsecured portable devices are a leading cause of reported breaches."),
          met("no-portable-devices", "We don't use laptops or tablets with patient information", "Nothing to secure here; revisit this if that changes."),
        ),
      },
    ],
  }),
  requirement({
    cfr: "164.310(d)(1)",
    safeguard: "physical",
    standard: "Device and media controls",
    standardCfr: "164.310(d)(1)",
    specification: null,
    status: "standard",
    plainLanguage:
      "Have policies and procedures for hardware and electronic media that hold patient information (computers, drives, USB sticks, phones, copiers with hard drives) as they come into the office, move around it and leave it. The four specifications cover disposal, re-use, tracking and backups before moves.",
    smallPracticeExample:
      "Birchwood Dental's device policy says only practice-owned, encrypted USB drives may hold patient information, new equipment is added to the inventory on arrival, and nothing with patient information leaves the office without the office manager's sign-off. The inventory is updated whenever equipment arrives or leaves.",
    nistActivities: [
      "Implement methods for the final disposal of ePHI",
      "Develop and implement procedures for the reuse of electronic media",
      "Maintain accountability for hardware and electronic media",
      "Develop data backup and storage procedures",
    ],
    questions: [
      {
        id: "q-310d1-1",
        text: "Do you have written procedures for bringing in, moving and removing computers, drives, phones and other media that hold patient information?",
        options: yesPartlyNo({
          yes: "This meets the device and media controls standard.",
          partly: "Cover every kind of device, including copiers and imaging equipment.",
          no: "Gap: the standard requires policies for receipt, movement and removal of devices and media.",
        }),
      },
      {
        id: "q-310d1-2",
        text: "Is patient information kept off personal USB drives and other removable media unless the Security Official approves it?",
        options: yesPartlyNo({
          yes: "Controlling removable media stops patient information from walking out the door.",
          partly: "Make the rule explicit and check that staff follow it.",
          no: "Patient information can leave on any USB stick.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(d)(2)(i)",
    safeguard: "physical",
    standard: "Device and media controls",
    standardCfr: "164.310(d)(1)",
    specification: "Disposal",
    status: "required",
    plainLanguage:
      "Have policies and procedures for the final disposal of electronic patient information and of the hardware or media it is stored on. Deleting files is not enough: drives must be securely wiped or physically destroyed, including those inside copiers, imaging equipment and phones.",
    smallPracticeExample:
      "When Orchard Dental replaced its workstations and the leased copier, the IT vendor removed the drives and a certified shredding company destroyed them on site. The certificate of destruction, listing each serial number, is filed in the compliance binder.",
    nistActivities: ["Implement methods for the final disposal of ePHI"],
    questions: [
      {
        id: "q-310d2i-1",
        text: "Before you dispose of old computers, drives, phones, copiers or imaging equipment, are they securely wiped or destroyed?",
        options: options(
          best("always", "Yes, always, including copiers and imaging equipment", "This meets the required disposal specification."),
          partial("computers-only", "Computers yes, but copiers, phones or imaging equipment are sometimes missed", "Devices with hidden storage are a known source of breaches; include them."),
          notMet("no", "No, or devices are just thrown away or returned", "Gap in a required item: discarded devices can expose patient information."),
        ),
      },
      {
        id: "q-310d2i-2",
        text: "Do you get and keep a certificate or record of destruction for each disposed device?",
        options: yesPartlyNo({
          yes: "The record proves the disposal happened; keep it for 6 years.",
          partly: "Get a record for every device, with serial numbers where possible.",
          no: "Without a record you can't show a device was destroyed.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(d)(2)(ii)",
    safeguard: "physical",
    standard: "Device and media controls",
    standardCfr: "164.310(d)(1)",
    specification: "Media re-use",
    status: "required",
    plainLanguage:
      "Have procedures to remove electronic patient information from media before they are reused, for example before a computer is handed to another staff member or a drive is used for something else. Deleting files or a quick format usually leaves the data recoverable, so use a secure wipe tool or ask your IT vendor.",
    smallPracticeExample:
      "When the front-desk computer at Aspen Dental moved to the break room for staff training, the IT vendor reinstalled it from scratch after securely wiping the drive, and noted the date and method on the inventory sheet. The same steps apply to USB drives before they are handed to someone else.",
    nistActivities: ["Develop and implement procedures for the reuse of electronic media"],
    questions: [
      {
        id: "q-310d2ii-1",
        text: "Before a computer or drive is given to another person or reused for another purpose, is patient information securely erased?",
        options: yesPartlyNo({
          yes: "This meets the required media re-use specification.",
          partly: "Make secure erasure a step every time, including USB drives.",
          no: "Gap in a required item: reused media can still hold patient information.",
        }),
      },
      {
        id: "q-310d2ii-2",
        text: "Do you record when media were wiped, how, and by whom?",
        options: yesPartlyNo({
          yes: "Records show the procedure is followed.",
          partly: "Record every wipe, not just the ones your IT vendor does.",
          no: "You can't show that reused media were cleaned.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(d)(2)(iii)",
    safeguard: "physical",
    standard: "Device and media controls",
    standardCfr: "164.310(d)(1)",
    specification: "Accountability",
    status: "addressable",
    plainLanguage:
      "Keep a record of the movements of hardware and electronic media that hold patient information, and of the person responsible for each. If something goes missing, you can tell what it was, who had it and what was on it.",
    smallPracticeExample:
      "Stonebridge Dental's inventory spreadsheet lists every computer, laptop, phone and backup drive with its serial number, location and responsible person. The rotating backup drive is signed out and back in each day on a clipboard log.",
    nistActivities: ["Maintain accountability for hardware and electronic media"],
    questions: [
      {
        id: "q-310d2iii-1",
        text: "Do you keep an inventory showing where each device or media item with patient information is and who is responsible for it?",
        options: yesPartlyNo(
          {
            yes: "An inventory with responsible people meets this specification.",
            partly: "Add the missing items, such as backup drives, phones and intraoral cameras that store images.",
            no: "If a device goes missing you may not even notice.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up; keep the written decision for 6 years.")],
        ),
      },
      {
        id: "q-310d2iii-2",
        text: "When a device or drive leaves the office (for example the rotating backup drive, or a laptop sent for repair), is it logged out and back in?",
        options: yesPartlyNo({
          yes: "Logging movements is exactly what this specification describes.",
          partly: "Log every movement, including repairs and home use.",
          no: "Devices in transit are the easiest to lose track of.",
        }),
      },
    ],
  }),
  requirement({
    cfr: "164.310(d)(2)(iv)",
    safeguard: "physical",
    standard: "Device and media controls",
    standardCfr: "164.310(d)(1)",
    specification: "Data backup and storage",
    status: "addressable",
    plainLanguage:
      "When needed, make a retrievable, exact copy of electronic patient information before equipment is moved. That way nothing is lost if the equipment is damaged or lost on the way.",
    smallPracticeExample:
      "Before Hawthorne Dental moved to its new suite, the IT vendor ran a full backup of the server and the imaging computer, checked that it could be restored, and only then unplugged the equipment. The backup was kept off site until the new office was running.",
    nistActivities: ["Develop data backup and storage procedures"],
    questions: [
      {
        id: "q-310d2iv-1",
        text: "Before moving equipment (relocating the server, sending a computer for repair, remodeling), do you make an exact, retrievable backup of the patient information on it?",
        options: yesPartlyNo(
          {
            yes: "This meets the specification and protects against loss in transit.",
            partly: "Make it a standard step, including for repairs.",
            no: "Equipment damaged or lost in a move can take patient information with it.",
          },
          [documentedAlternative("Allowed for an addressable item if the reasoning holds up, for example when all data is already in a backed-up cloud service.")],
        ),
      },
    ],
  }),
];
