import type { PolicyTemplate } from "./types";

/** Deciding whether an incident is a reportable breach, and the notices and deadlines, 45 CFR 164.400–164.414. */
export const breachNotificationPolicy: PolicyTemplate = {
  id: "breach-notification",
  title: "Breach notification",
  summary: "How the practice decides whether a breach must be reported, and whom it tells, how and by when.",
  cfr: ["164.402", "164.404", "164.406", "164.408", "164.410", "164.412", "164.414"],
  usesFacts: ["portableComputers"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `When patient information is used or disclosed in a way the HIPAA Privacy Rule does not allow, ${c.practiceName} decides promptly whether it is a breach, and if so tells the patients, the Department of Health and Human Services (HHS) and, when required, the media, within the legal deadlines.`,
      ],
    },
    {
      heading: "Deciding whether it is a breach",
      blocks: [
        [
          "An improper use or disclosure of unsecured protected health information is presumed to be a breach, unless a written risk assessment shows a low probability that the information was compromised.",
          "The risk assessment considers at least: what information was involved and how easily patients could be identified; who received or used it; whether it was actually seen or taken; and how far the risk has been reduced (for example, a written assurance from the recipient that it was destroyed).",
          "Information encrypted as HHS guidance describes, with the key kept safe, is secured: losing it is not a reportable breach. The same is true of media destroyed so the information cannot be read.",
          c.portableComputers ? "A lost or stolen laptop or tablet with full-disk encryption turned on and its password not exposed is therefore usually not a reportable breach; one without encryption usually is." : null,
          "The legal exceptions (an unintentional, good-faith access by a workforce member acting within their job; an inadvertent disclosure between people authorized at the practice; a disclosure where the recipient could not have kept the information) are applied only after the Security Official checks them.",
          "The Security Official and the practice owner make the decision, with legal counsel when needed, and record it with its reasons.",
        ],
      ],
    },
    {
      heading: "When the clock starts",
      blocks: [
        "A breach counts as discovered on the first day anyone at the practice (other than the person who caused it) knows of it, or would have known by being reasonably careful. Deadlines count calendar days from that day. Safeguard Desk calculates them in the Incidents area.",
      ],
    },
    {
      heading: "Notices and deadlines",
      blocks: [
        [
          "Patients: a written notice by first-class mail (or by e-mail if the patient agreed to that), without unreasonable delay and no later than 60 calendar days after discovery. The notice describes in plain language what happened, what information was involved, what patients should do to protect themselves, what the practice is doing, and how to reach the practice with questions (a toll-free number, an e-mail address, a website or a postal address).",
          "If the contact information of ten or more patients is out of date, substitute notice is given on the practice's website for 90 days or in major print or broadcast media, with a toll-free number that works for at least 90 days; for fewer than ten, another written or phone notice.",
          "In an urgent case where information may be misused soon, patients may also be called, in addition to the written notice.",
          "Media: if more than 500 residents of one state or area are affected, prominent media outlets serving it are told within the same 60 days.",
          "HHS: for 500 or more patients, at the same time as the patients' notices and within 60 days, through the HHS breach portal. For fewer than 500, the breach is logged and reported to HHS within 60 days after the end of the calendar year.",
          "If a law enforcement official says a notice would harm an investigation, the notice is delayed for the time the official states in writing, or for up to 30 days after an oral statement that is recorded.",
        ],
      ],
    },
    {
      heading: "Business associates",
      blocks: [
        "Business associates must tell the practice of a breach without unreasonable delay and no later than 60 days after discovering it, with the names of the patients involved as soon as they are known; the business associate agreements say so. The practice then gives the notices above, unless the agreement assigns them to the business associate.",
      ],
    },
    {
      heading: "Records",
      blocks: [
        "For every incident assessed, the practice keeps the risk assessment, the decision, and copies of the notices with their dates, for at least six years. The practice carries the burden of showing that every required notice was given, or that an incident was not a breach.",
      ],
    },
  ],
};
