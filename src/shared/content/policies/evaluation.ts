import type { PolicyTemplate } from "./types";

/** The periodic technical and non-technical evaluation, 45 CFR 164.308(a)(8). */
export const evaluationPolicy: PolicyTemplate = {
  id: "evaluation",
  title: "Evaluation",
  summary: "The yearly check of how well the practice's policies and safeguards meet the Security Rule.",
  cfr: ["164.308(a)(8)", "164.306(d)(3)"],
  usesFacts: [],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`${c.practiceName} checks regularly that its security policies and safeguards still work and still meet the HIPAA Security Rule.`],
    },
    {
      heading: "When",
      blocks: [
        [
          "At least once a year, led by the Security Official, using the safeguard assessment in Safeguard Desk.",
          "Also after a major change: new practice software, a new office or a remodel, a merger, a change in the law, or a serious security incident.",
        ],
      ],
    },
    {
      heading: "What is evaluated",
      blocks: [
        [
          "The technical side: for example, that screens lock, backups succeed and can be restored, updates are installed, encryption is on, and accounts of people who left are gone.",
          "The non-technical side: for example, that policies are current, training is done and recorded, business associate agreements are signed, and incidents are logged.",
          "For each addressable safeguard, whether the practice's decision (use it, do something else instead, or not use it, with the reason) is still right and is written down.",
        ],
      ],
    },
    {
      heading: "Results",
      blocks: [
        "The results are written down with the gaps found and a plan to close each one, with a person responsible and a target date. The practice owner reviews them with the Security Official, and the plan is followed through in the remediation plan. The evaluation is kept for at least six years.",
      ],
    },
  ],
};
