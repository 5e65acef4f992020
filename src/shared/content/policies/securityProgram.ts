import type { PolicyTemplate } from "./types";

/** The program as a whole and the one person responsible for it, 45 CFR 164.308(a)(2). */
export const securityProgramPolicy: PolicyTemplate = {
  id: "security-program",
  title: "Information security program and Security Official",
  summary: "Sets up the practice's security program and names the Security Official who is responsible for it.",
  cfr: ["164.306(a)", "164.308(a)(1)(i)", "164.308(a)(2)", "164.316(a)"],
  usesFacts: [],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `${c.practiceName} keeps the patient information it creates, receives, stores and sends electronically (electronic protected health information, or ePHI) private, accurate and available when it is needed. This policy sets up the practice's security program and names the person responsible for it.`,
      ],
    },
    {
      heading: "Who and what this covers",
      blocks: [
        `This policy and every policy in the practice's security program apply to the whole workforce: dentists, hygienists, assistants, front-desk and billing staff, the office manager, temporary staff, students and volunteers (about ${c.workforceCount} ${c.workforceCount === 1 ? "person" : "people"} today). They cover every computer, device, program and online service that holds or reaches patient information, in the office and away from it.`,
      ],
    },
    {
      heading: "The Security Official",
      blocks: [
        `${c.securityOfficial} is the practice's Security Official. The Security Official is responsible for developing and carrying out the practice's security policies and procedures, and is the person to contact about any security question or problem.`,
        "The Security Official's duties are to:",
        [
          "keep these policies current, have each new version approved, and make sure staff know where to find them;",
          "lead the yearly risk analysis and follow the risk management plan until each fix is done;",
          "make sure everyone is trained when they start and at least once a year, and send security reminders;",
          "receive reports of security incidents, lead the response, and decide with the owner whether a breach must be reported;",
          "keep the list of vendors that handle patient information and make sure each has a signed business associate agreement;",
          "approve, change and remove people's access, and review system activity and user accounts on schedule;",
          "keep the security records for at least six years;",
          "report to the practice owner on the state of the program at least once a year.",
        ],
      ],
    },
    {
      heading: "Authority and backup",
      blocks: [
        "The practice owner gives the Security Official the time and authority to carry out these duties, including the authority to require training, to suspend a person's access when patient information is at risk, and to recommend purchases. The Security Official may ask the practice's IT provider or other experts for help, but stays responsible.",
        "When the Security Official is away or cannot be reached, the practice owner, or a person the owner names in writing, acts in their place. When the Security Official changes, the new person is named in a new version of this policy and the staff are told.",
      ],
    },
    {
      heading: "Everyone's part",
      blocks: [
        [
          "Follow the practice's security policies and ask the Security Official when something is unclear.",
          "Complete security training when you start and every year after.",
          `Report anything that could put patient information at risk to ${c.securityOfficial} right away, even if you caused it or are not sure.`,
          "Read each new policy version and acknowledge it when asked.",
        ],
      ],
    },
    {
      heading: "How the program is kept up",
      blocks: [
        "The program is written down in this set of policies, kept in Safeguard Desk. Each policy names the parts of the HIPAA Security Rule it carries out. An Administrator approves each version before it takes effect, each policy is reviewed at least once a year, and every earlier version is kept for at least six years.",
      ],
    },
  ],
};
