import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listVendorWarnings } from "../../../src/main/vendors/vendorWarnings";
import type { VendorFormInput } from "../../../src/shared/model/vendor";
import type { BaaWarning, BaaWarningKind } from "../../../src/shared/rules/baaStatus";
import { type Core, disposeVendorVaults, pdfFile, vendorInput, vendorVault, withDatabase } from "./vendorTestKit";

afterAll(disposeVendorVaults);

interface Case {
  name: string;
  vendor: Partial<VendorFormInput>;
  /** Attach a signed copy after adding the vendor. */
  copy?: boolean;
  today: string;
  expected: BaaWarningKind[];
}

const signed = (signedDate: string, reviewDate: string | null): Partial<VendorFormInput> => ({ baaStatus: "signed", baaSignedDate: signedDate, baaReviewDate: reviewDate });

/**
 * listVendorWarnings(db, today) on a real vault: each row is a vendor added through the channels,
 * and the warnings the function gives for it on the row's day.
 */
const CASES: Case[] = [
  { name: "handles ePHI, no BAA", vendor: {}, today: "2026-03-01", expected: ["no-baa"] },
  { name: "handles ePHI, BAA requested", vendor: { baaStatus: "requested" }, today: "2026-03-01", expected: ["baa-requested"] },
  { name: "handles ePHI, BAA expired", vendor: { baaStatus: "expired", baaSignedDate: "2023-01-01" }, today: "2026-03-01", expected: ["baa-expired"] },
  { name: "only creates ePHI, no BAA", vendor: { ephiActivities: ["create"] }, today: "2026-03-01", expected: ["no-baa"] },
  { name: "only receives ePHI, no BAA", vendor: { ephiActivities: ["receive"] }, today: "2026-03-01", expected: ["no-baa"] },
  { name: "no ePHI, no BAA", vendor: { ephiActivities: [] }, today: "2026-03-01", expected: [] },
  { name: "no ePHI, BAA expired", vendor: { ephiActivities: [], baaStatus: "expired" }, today: "2026-03-01", expected: [] },
  { name: "ePHI, BAA not needed with a reason", vendor: { baaStatus: "not-needed", baaNotNeededReason: "Conduit: only carries sealed mail." }, today: "2026-03-01", expected: [] },
  { name: "signed, no review date, copy attached", vendor: signed("2025-01-10", null), copy: true, today: "2026-03-01", expected: [] },
  { name: "signed, no copy attached", vendor: signed("2025-01-10", null), today: "2026-03-01", expected: ["copy-missing"] },
  { name: "signed, review in 61 days", vendor: signed("2025-01-10", "2026-05-01"), copy: true, today: "2026-03-01", expected: [] },
  { name: "signed, review in exactly 60 days", vendor: signed("2025-01-10", "2026-04-30"), copy: true, today: "2026-03-01", expected: ["review-due"] },
  { name: "signed, review today", vendor: signed("2025-03-01", "2026-03-01"), copy: true, today: "2026-03-01", expected: ["review-due"] },
  { name: "signed, review was yesterday", vendor: signed("2025-02-28", "2026-02-28"), copy: true, today: "2026-03-01", expected: ["review-overdue"] },
  { name: "signed, review on leap day, the day before", vendor: signed("2023-02-28", "2024-02-29"), copy: true, today: "2024-02-28", expected: ["review-due"] },
  { name: "signed, review on leap day, the day after", vendor: signed("2023-03-01", "2024-02-29"), copy: true, today: "2024-03-01", expected: ["review-overdue"] },
  { name: "signed, review on New Year's Day, seen on New Year's Eve", vendor: signed("2024-01-01", "2025-01-01"), copy: true, today: "2024-12-31", expected: ["review-due"] },
  { name: "signed, review on New Year's Eve, seen on January 2", vendor: signed("2023-12-31", "2024-12-31"), copy: true, today: "2025-01-02", expected: ["review-overdue"] },
  { name: "signed and past review, no copy", vendor: signed("2024-06-01", "2025-06-01"), today: "2026-03-01", expected: ["review-overdue", "copy-missing"] },
  { name: "no ePHI, but a signed BAA past review", vendor: { ephiActivities: [], ...signed("2024-06-02", "2025-06-02") }, copy: true, today: "2026-03-01", expected: ["review-overdue"] },
  { name: "no BAA, no longer used since yesterday", vendor: { endedOn: "2026-02-28" }, today: "2026-03-01", expected: [] },
  { name: "no BAA, no longer used from today", vendor: { endedOn: "2026-03-01" }, today: "2026-03-01", expected: [] },
  { name: "no BAA, to stop using it tomorrow", vendor: { endedOn: "2026-03-02" }, today: "2026-03-01", expected: ["no-baa"] },
];

describe("listVendorWarnings(db, today)", () => {
  let c: Core;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    c = await vendorVault();
    for (const [index, row] of CASES.entries()) {
      const vendor = await c.must("vendors.add", { vendor: vendorInput({ ...row.vendor, name: `Vendor ${index + 1}` }) });
      if (row.copy) await c.must("vendors.files.attach", { vendorId: vendor.id, file: pdfFile() });
      ids.set(row.name, vendor.id);
    }
  });

  it.each(CASES.map((row) => [row.name, row] as const))("%s", async (_, row) => {
    const warnings = await withDatabase(c, (db) => listVendorWarnings(db, row.today));
    expect(warnings.filter((warning) => warning.vendorId === ids.get(row.name)).map((warning) => warning.kind)).toEqual(row.expected);
  });

  it("lists the problems first, then what is coming, each with a plain message and its citation", async () => {
    const warnings = await withDatabase(c, (db) => listVendorWarnings(db, "2026-03-01"));
    const firstAttention = warnings.findIndex((warning) => warning.severity === "attention");
    expect(firstAttention).toBeGreaterThan(0);
    expect(warnings.slice(firstAttention).every((warning: BaaWarning) => warning.severity === "attention")).toBe(true);
    for (const warning of warnings) {
      expect(warning.message).toMatch(/^Vendor \d+/);
      expect(warning.citation).toMatch(/^45 CFR 164\./);
    }
    const reviewToday = warnings.find((warning) => warning.vendorId === ids.get("signed, review today"));
    expect(reviewToday).toMatchObject({ dueDate: "2026-03-01", message: expect.stringMatching(/due for review today \(March 1, 2026\)/) });
  });

  it("announces reviews as far ahead as asked", async () => {
    const id = ids.get("signed, review in 61 days");
    const within90 = await withDatabase(c, (db) => listVendorWarnings(db, "2026-03-01", 90));
    expect(within90.filter((warning) => warning.vendorId === id).map((warning) => warning.kind)).toEqual(["review-due"]);
  });
});
