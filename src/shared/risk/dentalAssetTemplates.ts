import { type AssetKind, type EphiKind } from "./assetKinds";

/**
 * Where ePHI usually lives in a dental office, so the inventory starts from a list to pick from
 * rather than a blank page. Defaults are a typical small practice's; the user edits each asset after
 * adding it. Ids are stored with the assets made from them: never reuse one with a new meaning.
 */
export type TemplateFlow = { readonly toTemplateId: string; readonly description: string } | { readonly vendorName: string; readonly description: string };

export interface AssetTemplate {
  readonly id: string;
  readonly name: string;
  readonly kind: AssetKind;
  /** What it is, with product examples, so the user recognises it. */
  readonly hint: string;
  readonly owner: string;
  readonly location: string;
  readonly ephiKinds: readonly EphiKind[];
  /** Flows to other templates are made only when both assets are in the analysis. */
  readonly flowsTo: readonly TemplateFlow[];
}

const ALL_CLINICAL: readonly EphiKind[] = [
  "demographics",
  "ssn",
  "insurance-billing",
  "medical-history",
  "clinical-notes",
  "treatment-plans",
  "prescriptions",
  "appointments",
  "correspondence",
];

export const DENTAL_ASSET_TEMPLATES: readonly AssetTemplate[] = [
  {
    id: "practice-management",
    name: "Practice management software",
    kind: "practice-software",
    hint: "Charts, schedule, billing and insurance: for example Dentrix, Eaglesoft, Open Dental, Curve or Denticon.",
    owner: "Office manager",
    location: "Office server or the vendor's cloud",
    ephiKinds: ALL_CLINICAL,
    flowsTo: [
      { toTemplateId: "office-server", description: "Database stored on the server" },
      { toTemplateId: "online-backup", description: "Nightly backup" },
      { toTemplateId: "claims-clearinghouse", description: "Insurance claims and eligibility checks" },
      { toTemplateId: "patient-communication", description: "Appointment reminders and online forms" },
    ],
  },
  {
    id: "imaging-software",
    name: "Imaging software",
    kind: "imaging-software",
    hint: "Stores and shows x-rays and intraoral photos: for example Dexis, Sidexis, Apteryx XrayVision, Carestream or Romexis.",
    owner: "Office manager",
    location: "Office server",
    ephiKinds: ["demographics", "images"],
    flowsTo: [
      { toTemplateId: "office-server", description: "Images stored on the server" },
      { toTemplateId: "online-backup", description: "Nightly backup" },
      { vendorName: "Specialists and insurers", description: "X-rays sent for referrals and claims" },
    ],
  },
  {
    id: "practice-email",
    name: "Practice e-mail",
    kind: "email",
    hint: "The office's e-mail accounts: for example Microsoft 365, Google Workspace or the internet provider's mail.",
    owner: "Office manager",
    location: "E-mail provider's cloud",
    ephiKinds: ["demographics", "appointments", "insurance-billing", "correspondence"],
    flowsTo: [{ vendorName: "Patients, specialists and insurers", description: "Messages about patients" }],
  },
  {
    id: "patient-communication",
    name: "Patient reminders, forms and portal",
    kind: "patient-portal",
    hint: "Texts, e-mail reminders, online intake forms or a patient portal: for example Weave, RevenueWell, Lighthouse 360 or NexHealth.",
    owner: "Office manager",
    location: "Vendor's cloud",
    ephiKinds: ["demographics", "medical-history", "appointments"],
    flowsTo: [{ toTemplateId: "practice-management", description: "Completed forms and confirmations" }],
  },
  {
    id: "online-backup",
    name: "Online backup service",
    kind: "online-backup",
    hint: "Copies the server's data to the cloud every night: often run by the IT provider or the software vendor.",
    owner: "IT provider",
    location: "Backup vendor's data center",
    ephiKinds: [...ALL_CLINICAL, "images"],
    flowsTo: [],
  },
  {
    id: "claims-clearinghouse",
    name: "Insurance claims clearinghouse",
    kind: "cloud-service",
    hint: "Sends claims and checks eligibility with insurers: for example DentalXChange, Change Healthcare or Vyne.",
    owner: "Billing coordinator",
    location: "Vendor's cloud",
    ephiKinds: ["demographics", "insurance-billing", "treatment-plans", "images"],
    flowsTo: [{ vendorName: "Insurance companies", description: "Claims and attachments" }],
  },
  {
    id: "cloud-file-storage",
    name: "Cloud file storage",
    kind: "cloud-service",
    hint: "Shared documents and spreadsheets online: for example OneDrive, SharePoint, Google Drive or Dropbox.",
    owner: "Office manager",
    location: "Vendor's cloud",
    ephiKinds: ["demographics", "insurance-billing", "correspondence"],
    flowsTo: [],
  },
  {
    id: "front-desk-workstations",
    name: "Front desk computers",
    kind: "workstation",
    hint: "The check-in and check-out computers where patients can see the screens.",
    owner: "Office manager",
    location: "Front desk",
    ephiKinds: ["demographics", "insurance-billing", "appointments", "treatment-plans"],
    flowsTo: [
      { toTemplateId: "practice-management", description: "Check-in, scheduling and payments" },
      { toTemplateId: "practice-email", description: "E-mail" },
    ],
  },
  {
    id: "operatory-workstations",
    name: "Operatory computers",
    kind: "workstation",
    hint: "The computers in the treatment rooms, often left on with a patient alone in the room.",
    owner: "Office manager",
    location: "Operatories",
    ephiKinds: ["demographics", "medical-history", "clinical-notes", "images", "treatment-plans"],
    flowsTo: [
      { toTemplateId: "practice-management", description: "Charting and treatment notes" },
      { toTemplateId: "imaging-software", description: "Viewing and taking x-rays" },
    ],
  },
  {
    id: "doctor-laptop",
    name: "Dentist's laptop",
    kind: "laptop",
    hint: "A laptop used for charting from home, reviewing x-rays or e-mail outside the office.",
    owner: "Dentist-owner",
    location: "Office and home",
    ephiKinds: ["demographics", "clinical-notes", "images", "treatment-plans", "correspondence"],
    flowsTo: [
      { toTemplateId: "practice-management", description: "Remote charting" },
      { toTemplateId: "practice-email", description: "E-mail" },
    ],
  },
  {
    id: "office-server",
    name: "Office server",
    kind: "server",
    hint: "The computer that holds the practice software's database and the images, usually in a closet.",
    owner: "IT provider",
    location: "Server closet",
    ephiKinds: [...ALL_CLINICAL, "images"],
    flowsTo: [
      { toTemplateId: "local-backup-drive", description: "Local backup" },
      { toTemplateId: "online-backup", description: "Nightly online backup" },
      { toTemplateId: "it-provider", description: "Remote maintenance" },
    ],
  },
  {
    id: "staff-phones",
    name: "Phones and tablets",
    kind: "mobile-device",
    hint: "Office or personal phones and tablets that get practice e-mail, texts or photos of patients.",
    owner: "Office manager",
    location: "Carried by staff",
    ephiKinds: ["demographics", "appointments", "correspondence"],
    flowsTo: [{ toTemplateId: "practice-email", description: "E-mail on the phone" }],
  },
  {
    id: "intraoral-sensors",
    name: "X-ray sensors and intraoral cameras",
    kind: "imaging-device",
    hint: "Digital x-ray sensors and intraoral cameras plugged into the operatory computers.",
    owner: "Lead assistant",
    location: "Operatories",
    ephiKinds: ["images"],
    flowsTo: [{ toTemplateId: "imaging-software", description: "Captured images" }],
  },
  {
    id: "panoramic-cbct",
    name: "Panoramic or CBCT x-ray unit",
    kind: "imaging-device",
    hint: "The panoramic or 3D (cone beam) x-ray machine and the computer that runs it.",
    owner: "Lead assistant",
    location: "X-ray room",
    ephiKinds: ["demographics", "images"],
    flowsTo: [{ toTemplateId: "imaging-software", description: "Captured images" }],
  },
  {
    id: "removable-media",
    name: "USB drives and CDs",
    kind: "removable-media",
    hint: "Drives or discs used to give x-rays to patients or specialists, or to move files.",
    owner: "Office manager",
    location: "Front desk drawer",
    ephiKinds: ["demographics", "images"],
    flowsTo: [{ vendorName: "Patients and specialists", description: "X-ray copies handed over" }],
  },
  {
    id: "local-backup-drive",
    name: "Local backup drive",
    kind: "backup-drive",
    hint: "An external drive or network storage (NAS) that holds backups, sometimes taken home at night.",
    owner: "Office manager",
    location: "Server closet",
    ephiKinds: [...ALL_CLINICAL, "images"],
    flowsTo: [],
  },
  {
    id: "network-equipment",
    name: "Router, firewall and Wi-Fi",
    kind: "network",
    hint: "The internet router, firewall and Wi-Fi access points every computer connects through.",
    owner: "IT provider",
    location: "Server closet",
    ephiKinds: [],
    flowsTo: [],
  },
  {
    id: "document-scanner",
    name: "Document scanner",
    kind: "scanner",
    hint: "Scans insurance cards, IDs, signed forms and referral letters into the practice software.",
    owner: "Office manager",
    location: "Front desk",
    ephiKinds: ["demographics", "insurance-billing", "medical-history", "correspondence"],
    flowsTo: [{ toTemplateId: "practice-management", description: "Scanned documents" }],
  },
  {
    id: "multifunction-copier",
    name: "Copier and printer",
    kind: "scanner",
    hint: "A multifunction copier or printer; many keep copies of every page on an internal hard drive.",
    owner: "Office manager",
    location: "Business office",
    ephiKinds: ["demographics", "insurance-billing", "treatment-plans"],
    flowsTo: [{ toTemplateId: "practice-email", description: "Scan to e-mail" }],
  },
  {
    id: "fax",
    name: "Fax machine or e-fax service",
    kind: "fax",
    hint: "Sends and receives referrals, prescriptions and insurance paperwork.",
    owner: "Office manager",
    location: "Front desk",
    ephiKinds: ["demographics", "insurance-billing", "prescriptions", "correspondence"],
    flowsTo: [{ vendorName: "Specialists, pharmacies and insurers", description: "Faxed referrals, prescriptions and claims" }],
  },
  {
    id: "main-office",
    name: "Main office",
    kind: "location",
    hint: "The building itself: doors, alarm, the server closet and where paper records are kept.",
    owner: "Dentist-owner",
    location: "Office address",
    ephiKinds: [],
    flowsTo: [],
  },
  {
    id: "it-provider",
    name: "IT support provider",
    kind: "vendor",
    hint: "The company or person who maintains the computers, often with remote access to all of them.",
    owner: "Office manager",
    location: "Remote",
    ephiKinds: [...ALL_CLINICAL, "images"],
    flowsTo: [],
  },
  {
    id: "dental-lab",
    name: "Dental laboratory",
    kind: "vendor",
    hint: "Receives prescriptions, impressions and digital scans for crowns, dentures and aligners.",
    owner: "Lead assistant",
    location: "Outside lab",
    ephiKinds: ["demographics", "images", "prescriptions"],
    flowsTo: [],
  },
];

const templatesById = new Map(DENTAL_ASSET_TEMPLATES.map((template) => [template.id, template]));

export function findAssetTemplate(id: string): AssetTemplate | undefined {
  return templatesById.get(id);
}
