import type { PolicyTemplate } from "./types";

/** The yearly risk analysis and the plan that follows it, 45 CFR 164.308(a)(1)(ii)(A) and (B). */
export const riskAnalysisPolicy: PolicyTemplate = {
  id: "risk-analysis",
  title: "Risk analysis and risk management",
  summary: "How the practice finds the risks to patient information every year and how it brings them down.",
  cfr: ["164.308(a)(1)(i)", "164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)"],
  usesFacts: ["offsiteBackup"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `${c.practiceName} looks for what could go wrong with its patient information, and fixes the most serious risks first. This policy says when and how the risk analysis is done and how the fixes are tracked.`,
      ],
    },
    {
      heading: "When the risk analysis is done",
      blocks: [
        [
          "At least once a year, led by the Security Official.",
          "Also after a significant change: new practice software, a new vendor that handles patient information, a move or remodel, new equipment that stores patient information, or a security incident.",
        ],
      ],
    },
    {
      heading: "What the risk analysis covers",
      blocks: [
        "The analysis is written down in Safeguard Desk and covers all patient information the practice creates, receives, stores or sends electronically, wherever it is:",
        [
          "the inventory of every computer, device, program and online service that holds or sends patient information, including imaging equipment, phones, backups and cloud services;",
          c.offsiteBackup.kind === "online"
            ? `the copies held by outside services, including the online backup with ${c.offsiteBackup.vendor ?? "the online backup service"}, the billing and claims services, e-mail, and patient reminder or portal services;`
            : "the copies held by outside services, such as billing and claims services, e-mail, backups, and patient reminder or portal services;",
          "for each risk: the threat (for example ransomware, a stolen computer, a fire), the weakness it could use, the safeguards in place today, how likely it is and how much harm it would cause;",
          "a risk level for each risk, from the likelihood and the harm.",
        ],
      ],
    },
    {
      heading: "Risk management",
      blocks: [
        [
          "Every risk above the level the practice accepts gets a fix in the remediation plan, with a person responsible and a target date.",
          "The practice owner and the Security Official decide together which risks to fix first. A high or critical risk can be accepted only by an Administrator, with the reason written down.",
          "The Security Official follows the plan until each fix is done, and records what was done and when.",
          "The results of the risk analysis feed into these policies, the training and the yearly evaluation.",
        ],
      ],
    },
    {
      heading: "Records",
      blocks: ["Each year's risk analysis, the risk management plan and the decisions on accepted risks are kept for at least six years after they were last in effect."],
    },
  ],
};
