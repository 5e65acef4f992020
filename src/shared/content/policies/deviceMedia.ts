import type { PolicyTemplate } from "./types";

/** Bringing in, moving, re-using and disposing of devices and media, 45 CFR 164.310(d). */
export const deviceMediaPolicy: PolicyTemplate = {
  id: "device-media",
  title: "Device and media controls",
  summary: "Keeping track of devices and media with patient information, and wiping or destroying them before re-use or disposal.",
  cfr: ["164.310(d)(1)", "164.310(d)(2)(i)", "164.310(d)(2)(ii)", "164.310(d)(2)(iii)", "164.310(d)(2)(iv)"],
  usesFacts: ["removableMedia", "offsiteBackup"],
  render: (c) => [
    {
      heading: "Purpose",
      blocks: [
        `${c.practiceName} knows where every device and storage medium with patient information is, and makes sure no patient information leaves the practice on old or re-used equipment.`,
      ],
    },
    {
      heading: "Inventory and accountability",
      blocks: [
        [
          "The Security Official keeps an inventory of every device and medium that holds patient information (computers, the server, imaging devices, copiers and scanners with memory, phones, tablets, backup drives, USB drives), with where it is and who is responsible for it. The risk analysis inventory in Safeguard Desk serves this purpose.",
          "New equipment is added to the inventory before it is used with patient information.",
          "When a device or drive leaves the office (for example a backup drive, or a computer sent for repair), it is logged out and back in with the date and who took it.",
        ],
      ],
    },
    {
      heading: "USB drives and other removable media",
      blocks: [
        c.removableMedia
          ? "Patient information is put on USB drives, backup drives or discs only when the Security Official approves the purpose, and only on encrypted media. The media are kept locked away when not in use and are in the inventory."
          : "The practice does not put patient information on USB drives or other removable media. If a need arises, the Security Official must approve it first, and only encrypted media may be used.",
        c.offsiteBackup.kind !== "online" ? "Backup drives are encrypted, logged each time they leave the office and come back, and stored in a locked place off site." : null,
      ],
    },
    {
      heading: "Before moving equipment",
      blocks: [
        "Before equipment with patient information is moved (relocating the server, sending a computer for repair, remodeling), an exact, retrievable copy of the patient information on it is made and checked.",
      ],
    },
    {
      heading: "Re-use",
      blocks: [
        "Before a computer, drive or other device is given to another person or used for another purpose, patient information is securely erased with a method that makes it unrecoverable (for example a full wipe with an approved tool or a factory reset of an encrypted device). The date, the method and who did it are recorded.",
      ],
    },
    {
      heading: "Disposal",
      blocks: [
        [
          "Before any device or medium is thrown away, sold, donated or returned at the end of a lease, it is wiped or physically destroyed. This includes copiers and printers with hard drives, imaging equipment, phones, USB drives, CDs and backup drives.",
          "When a disposal company is used, it signs a business associate agreement and provides a certificate of destruction.",
          "A record of each disposal (the device, its serial number, the method, the date, who did it, and the certificate) is kept for at least six years.",
        ],
      ],
    },
  ],
};
