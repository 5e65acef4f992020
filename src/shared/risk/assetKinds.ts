/**
 * The kinds of places ePHI lives, for OCR's first two risk analysis elements: the scope covers all
 * ePHI the practice creates, receives, maintains or transmits, in any electronic medium
 * (45 CFR 164.306(a)), and data collection finds where each piece is.
 */
export const ASSET_GROUPS = ["software", "device", "paper-to-electronic", "location", "vendor"] as const;
export type AssetGroup = (typeof ASSET_GROUPS)[number];

export const ASSET_GROUP_LABELS: Record<AssetGroup, string> = {
  software: "Software and online services",
  device: "Computers and devices",
  "paper-to-electronic": "Where paper becomes electronic",
  location: "Locations",
  vendor: "Vendors",
};

export const ASSET_KINDS = [
  "practice-software",
  "imaging-software",
  "email",
  "patient-portal",
  "online-backup",
  "cloud-service",
  "workstation",
  "laptop",
  "server",
  "mobile-device",
  "imaging-device",
  "removable-media",
  "backup-drive",
  "network",
  "scanner",
  "fax",
  "location",
  "vendor",
  "other",
] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_KIND_INFO: Record<AssetKind, { label: string; group: AssetGroup }> = {
  "practice-software": { label: "Practice management or EHR software", group: "software" },
  "imaging-software": { label: "Imaging software", group: "software" },
  email: { label: "E-mail", group: "software" },
  "patient-portal": { label: "Patient portal, online forms or reminders", group: "software" },
  "online-backup": { label: "Online backup", group: "software" },
  "cloud-service": { label: "Other online (cloud) service", group: "software" },
  workstation: { label: "Desktop computer", group: "device" },
  laptop: { label: "Laptop", group: "device" },
  server: { label: "Server", group: "device" },
  "mobile-device": { label: "Phone or tablet", group: "device" },
  "imaging-device": { label: "X-ray sensor, camera or scanner unit", group: "device" },
  "removable-media": { label: "USB drive, CD or other removable media", group: "device" },
  "backup-drive": { label: "Backup drive", group: "device" },
  network: { label: "Router, firewall or Wi-Fi", group: "device" },
  scanner: { label: "Document scanner or copier", group: "paper-to-electronic" },
  fax: { label: "Fax machine or e-fax", group: "paper-to-electronic" },
  location: { label: "Office or storage location", group: "location" },
  vendor: { label: "Vendor or service provider", group: "vendor" },
  other: { label: "Something else", group: "device" },
};

/** The kinds of patient information a record holds. Payment card data is not PHI by itself and is left out. */
export const EPHI_KINDS = [
  "demographics",
  "ssn",
  "insurance-billing",
  "medical-history",
  "clinical-notes",
  "images",
  "treatment-plans",
  "prescriptions",
  "appointments",
  "correspondence",
] as const;
export type EphiKind = (typeof EPHI_KINDS)[number];

export const EPHI_KIND_LABELS: Record<EphiKind, string> = {
  demographics: "Names, birth dates, addresses and phone numbers",
  ssn: "Social Security numbers",
  "insurance-billing": "Insurance and billing details",
  "medical-history": "Health history, medications and allergies",
  "clinical-notes": "Clinical and treatment notes",
  images: "X-rays, photos and scans",
  "treatment-plans": "Treatment plans and estimates",
  prescriptions: "Prescriptions",
  appointments: "Appointment schedules",
  correspondence: "Referrals, letters and messages about patients",
};
