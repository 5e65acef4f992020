/**
 * The training topics every practice starts with, from the implementation specifications of
 * 45 CFR 164.308(a)(5)(ii) and the incident procedures of 164.308(a)(6). The practice can add its own,
 * and retire any of these.
 */
export const SEEDED_TRAINING_TOPICS: ReadonlyArray<{ name: string; description: string }> = [
  {
    name: "HIPAA basics",
    description:
      "What patient information is, who may see it and why, the Security Official's role, and what the Security Rule asks of everyone who works here. 45 CFR 164.308(a)(5)(i).",
  },
  {
    name: "Phishing and social engineering",
    description:
      "Spotting fake e-mails, texts and phone calls that try to get passwords or patient information, and not opening unexpected attachments or links. 45 CFR 164.308(a)(5)(ii)(A) and (B).",
  },
  {
    name: "The practice's own policies",
    description: "The practice's written security policies and procedures, and where to find them. 45 CFR 164.308(a)(5)(i) and 164.316.",
  },
  {
    name: "Password practice",
    description:
      "Long passphrases, never sharing a login, not reusing work passwords, and locking the screen when stepping away. 45 CFR 164.308(a)(5)(ii)(D).",
  },
  {
    name: "Incident reporting",
    description:
      "What counts as a security incident (a lost phone, a misdirected e-mail, a virus warning), and telling the Security Official right away. 45 CFR 164.308(a)(6)(ii) and 164.308(a)(5)(ii)(C).",
  },
];
