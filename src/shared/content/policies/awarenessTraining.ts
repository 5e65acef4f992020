import type { PolicyTemplate } from "./types";

/** Training, reminders, malware, log-in monitoring and passwords, 45 CFR 164.308(a)(5). */
export const awarenessTrainingPolicy: PolicyTemplate = {
  id: "awareness-training",
  title: "Security awareness and training",
  summary: "Training for everyone, security reminders, protection from malicious software, log-in monitoring and passwords.",
  cfr: ["164.308(a)(5)(i)", "164.308(a)(5)(ii)(A)", "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)", "164.308(a)(5)(ii)(D)"],
  usesFacts: ["mobileDevices", "remoteAccess"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`Most security problems start with a person being tricked or making a mistake. ${c.practiceName} trains everyone so that they recognise the risks and know what to do.`],
    },
    {
      heading: "Training",
      blocks: [
        [
          "Every new workforce member is trained before they get access to patient information, and in any case within their first 30 days.",
          "Everyone, including dentists, owners and part-time staff, takes a refresher at least once a year.",
          "Training covers: these policies, recognising phishing e-mails and fake phone calls, passwords, locking screens, reporting incidents, using devices safely, and the sanctions for breaking the rules.",
          "Each completed training is recorded with the person, the topic, the date and the trainer, and the person acknowledges it.",
        ],
      ],
    },
    {
      heading: "Security reminders",
      blocks: [
        "The Security Official sends a short security reminder at least once a month (an e-mail, a staff-meeting topic or a poster), and warns staff promptly about new threats aimed at dental offices, such as fake invoices or calls from people pretending to be IT support.",
      ],
    },
    {
      heading: "Protection from malicious software",
      blocks: [
        [
          "Every computer and server that touches patient information runs anti-malware protection that updates itself. Staff must not turn it off.",
          "Security updates for Windows or macOS, the practice software and other programs are installed within 30 days of release, and critical ones as soon as the IT provider advises. Computers that no longer get security updates are replaced.",
          "Only the IT provider, with the Security Official's approval, installs software.",
          "Do not open unexpected attachments or links. If you clicked something suspicious, tell the Security Official at once and do not switch the computer off; unplug its network cable or turn off its Wi-Fi if asked.",
        ],
      ],
    },
    {
      heading: "Log-in monitoring",
      blocks: [
        "Systems lock an account, or alert the Security Official, after repeated failed log-ins where they can. Failed and unusual log-ins are looked at in the monthly activity review, and anything odd is reported to the Security Official.",
      ],
    },
    {
      heading: "Passwords",
      blocks: [
        [
          "Use a passphrase of at least 12 characters, for example four unrelated words. Do not use names, birthdays or the practice's name.",
          "Use a different password for each system, and never reuse a practice password for personal accounts. A password manager approved by the Security Official may be used.",
          "Never share your password or write it near the computer. No one from the practice or the IT provider will ask for it.",
          "Change a password at once if it may have been seen or exposed, and tell the Security Official.",
          "Default passwords on all equipment (the router, firewall, imaging devices, cameras and the server) are changed when the equipment is set up.",
          `Use a second sign-in step (a code, an app prompt or a security key) for e-mail${c.remoteAccess ? ", remote access" : ""} and online services with patient information, wherever the service offers it.`,
          c.mobileDevices ? "Phones and tablets that reach patient information are locked with a passcode of at least six digits, or a fingerprint or face." : null,
        ],
      ],
    },
  ],
};
