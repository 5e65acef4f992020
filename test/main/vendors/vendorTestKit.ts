import { randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { VendorFormInput } from "../../../src/shared/model/vendor";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { ADMIN, testCore } from "../../support/testCore";
import { READER, STAFF, type Core } from "../../support/team";

export { STAFF, READER, signInAs, type Core } from "../../support/team";

const cores: Core[] = [];

/** A set-up vault (practice "Smile Dental", Administrator Maria Lopez signed in) with a Staff member and a Read-only consultant. */
export async function vendorVault(): Promise<Core> {
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await c.setUp();
  await c.must("users.create", STAFF);
  await c.must("users.create", READER);
  return c;
}

export function disposeVendorVaults(): void {
  cores.splice(0).forEach((c) => c.dispose());
}

/** The online backup company every dental office has: stores and sends patient information, no BAA yet. */
export const CLOUD_BACKUP: VendorFormInput = {
  name: "Acme Cloud Backup",
  services: "Nightly online backup of the practice management database",
  ephiActivities: ["maintain", "transmit"],
  contactName: "Dana Whitfield",
  contactEmail: "dana@acmebackup.example",
  contactPhone: "555-0142",
  address: "400 Harbor Way\nSuite 12\nPortland, OR 97201",
  baaStatus: "none",
  baaNotNeededReason: "",
  baaSignedDate: null,
  baaReviewDate: null,
  subcontractorNotes: "Stores the copies with a large hosting company.",
  endedOn: null,
};

export function vendorInput(overrides: Partial<VendorFormInput> = {}): VendorFormInput {
  return { ...CLOUD_BACKUP, ...overrides };
}

/** Bytes that pass the PDF signature check: the header, then random content. */
export function pdfBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from("%PDF-1.7\n").copy(bytes);
  return bytes;
}

export function pdfFile(name = "signed-baa.pdf", size = 50_000) {
  return { fileName: name, mimeType: "application/pdf", contentBase64: pdfBytes(size).toString("base64") };
}

/**
 * Runs `work` with the vault's database opened directly (the session is locked meanwhile, then the
 * Administrator signs back in), for functions other code calls with a database, such as listVendorWarnings.
 */
export async function withDatabase<T>(c: Core, work: (db: Database) => T): Promise<T> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  try {
    return work(vault.db);
  } finally {
    closeVault(vault);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  }
}
