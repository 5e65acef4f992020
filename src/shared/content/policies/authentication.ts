import type { PolicyTemplate } from "./types";

/** Making sure a person or organization is who they claim to be, 45 CFR 164.312(d). */
export const authenticationPolicy: PolicyTemplate = {
  id: "authentication",
  title: "Person or entity authentication",
  summary: "How the practice makes sure that whoever signs in, or asks for access, is who they claim to be.",
  cfr: ["164.312(d)"],
  usesFacts: ["remoteAccess"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [`Before anyone gets to patient information at ${c.practiceName}, the practice makes sure they are who they say they are.`],
    },
    {
      heading: "Signing in",
      blocks: [
        [
          "Every sign-in to a system with patient information needs something only that person has or knows: their own password or passphrase, a PIN, a badge, or a fingerprint or face.",
          `A second sign-in step (a code, an app prompt or a security key) is required for e-mail${c.remoteAccess ? ", remote access" : ""} and online services with patient information, wherever the service offers it.`,
          "Passwords follow the password rules in the security awareness and training policy.",
        ],
      ],
    },
    {
      heading: "Callers, vendors and password resets",
      blocks: [
        [
          "Before allowing a remote-support session, resetting a password or giving out account details, staff confirm who is asking: for a vendor, by calling back at the number on file, not a number the caller gives; for a staff member, in person or by a call to their known number.",
          "No one gives a password, a sign-in code or remote control of a computer to an unexpected caller, whoever they say they are. Such calls are reported to the Security Official.",
          "Outside systems that exchange patient information with the practice (claims, e-prescribing, lab and referral services) connect only through the sign-in or secure connection their vendor provides under a business associate agreement.",
        ],
      ],
    },
  ],
};
