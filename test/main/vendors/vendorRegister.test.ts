import { afterAll, describe, expect, it } from "vitest";
import { NOT_NEEDED_REASON_MESSAGE } from "../../../src/shared/model/vendor";
import { addCalendarDays, calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { PRACTICE } from "../../support/testCore";
import { CLOUD_BACKUP, disposeVendorVaults, pdfFile, READER, signInAs, STAFF, vendorInput, vendorVault } from "./vendorTestKit";

afterAll(disposeVendorVaults);

const today = () => calendarDateInZone(new Date(), PRACTICE.timeZone);

describe("the vendor register", () => {
  it("adds a vendor with everything the register keeps, and warns that it handles ePHI without a BAA", async () => {
    const c = await vendorVault();
    await signInAs(c, STAFF);
    const added = await c.must("vendors.add", { vendor: vendorInput({ ephiActivities: ["transmit", "maintain", "transmit"] }) });
    expect(added).toMatchObject({
      name: "Acme Cloud Backup",
      services: CLOUD_BACKUP.services,
      ephiActivities: ["maintain", "transmit"],
      contactName: "Dana Whitfield",
      contactEmail: "dana@acmebackup.example",
      contactPhone: "555-0142",
      address: CLOUD_BACKUP.address,
      baaStatus: "none",
      subcontractorNotes: "Stores the copies with a large hosting company.",
      handlesEphi: true,
      needsBaa: true,
      fileCount: 0,
      files: [],
      questionnaire: null,
      updatedBy: { name: "Jamal Reed" },
    });
    expect(added.warnings).toEqual([expect.objectContaining({ kind: "no-baa", severity: "problem", vendorId: added.id, citation: expect.stringContaining("164.308(b)(1)") })]);
    expect(added.warnings[0]!.message).toMatch(/Acme Cloud Backup handles patient information .* no signed Business Associate Agreement/);

    const register = await c.must("vendors.list", {});
    expect(register.today).toBe(today());
    expect(register.vendors.map((vendor) => vendor.name)).toEqual(["Acme Cloud Backup"]);
    expect(register.warnings.map((warning) => warning.kind)).toEqual(["no-baa"]);
    expect(await c.must("vendors.warnings", {})).toEqual(register.warnings);

    const audit = await c.must("audit.list", { filter: { action: "vendor.added" }, offset: 0, limit: 10 });
    expect(audit.entries).toEqual([expect.objectContaining({ actorName: "jamal", recordId: added.id, summary: expect.stringContaining("Added Acme Cloud Backup") })]);
  });

  it("refuses “not needed” without a reason, and keeps the reason when one is given", async () => {
    const c = await vendorVault();
    const refused = await c.call("vendors.add", { vendor: vendorInput({ name: "Postal Service", ephiActivities: ["transmit"], baaStatus: "not-needed", baaNotNeededReason: "   " }) });
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", message: NOT_NEEDED_REASON_MESSAGE, fields: { "vendor.baaNotNeededReason": NOT_NEEDED_REASON_MESSAGE } } });
    expect((await c.must("vendors.list", {})).vendors).toEqual([]);

    const reason = "Only carries sealed mail: the conduit exception.";
    const added = await c.must("vendors.add", { vendor: vendorInput({ name: "Postal Service", ephiActivities: ["transmit"], baaStatus: "not-needed", baaNotNeededReason: reason }) });
    expect(added).toMatchObject({ baaStatus: "not-needed", baaNotNeededReason: reason, needsBaa: false, warnings: [] });

    // Changing the state clears the reason, so no stale explanation is kept for a BAA that is now needed.
    const changed = await c.must("vendors.update", { vendorId: added.id, vendor: vendorInput({ name: "Postal Service", ephiActivities: ["transmit"], baaStatus: "requested", baaNotNeededReason: reason }) });
    expect(changed).toMatchObject({ baaStatus: "requested", baaNotNeededReason: "", needsBaa: true });
    expect(changed.warnings.map((warning) => warning.kind)).toEqual(["baa-requested"]);
  });

  it.each<[string, Parameters<typeof vendorInput>[0], string, RegExp]>([
    ["no name", { name: "  " }, "vendor.name", /name is required/],
    ["a signed BAA without its date", { baaStatus: "signed" }, "vendor.baaSignedDate", /date the BAA was signed/],
    ["a review date before the signed date", { baaStatus: "signed", baaSignedDate: "2026-03-01", baaReviewDate: "2026-02-28" }, "vendor.baaReviewDate", /after the date it was signed/],
    ["an impossible date", { baaStatus: "signed", baaSignedDate: "2026-02-30" }, "vendor.baaSignedDate", /real date/],
    ["a malformed e-mail address", { contactEmail: "dana at acme" }, "vendor.contactEmail", /e-mail address/],
    ["an unknown way of handling ePHI", { ephiActivities: ["sell" as "create"] }, "vendor.ephiActivities.0", /not one of the ways/],
  ])("refuses %s with a message on the field", async (_, overrides, field, message) => {
    const c = await vendorVault();
    const result = await c.call("vendors.add", { vendor: vendorInput(overrides) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(result.error.fields?.[field]).toMatch(message);
  });

  it("refuses a signed date in the future and a second vendor of the same name", async () => {
    const c = await vendorVault();
    const tomorrow = addCalendarDays(today(), 1);
    const future = await c.call("vendors.add", { vendor: vendorInput({ baaStatus: "signed", baaSignedDate: tomorrow }) });
    expect(future).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { "vendor.baaSignedDate": expect.stringMatching(/can't be after today/) } } });
    await c.must("vendors.add", { vendor: vendorInput() });
    const twice = await c.call("vendors.add", { vendor: vendorInput({ name: "ACME cloud backup" }) });
    expect(twice).toMatchObject({ ok: false, error: { code: "CONFLICT", fields: { "vendor.name": expect.stringMatching(/already in the register/) } } });
  });

  it("records what changed in the audit log, and clears BAA dates when the state no longer has them", async () => {
    const c = await vendorVault();
    const added = await c.must("vendors.add", { vendor: vendorInput({ baaStatus: "signed", baaSignedDate: "2025-06-01", baaReviewDate: "2026-06-01" }) });
    const updated = await c.must("vendors.update", { vendorId: added.id, vendor: vendorInput({ contactPhone: "555-0199", baaStatus: "requested", baaSignedDate: "2025-06-01" }) });
    expect(updated).toMatchObject({ contactPhone: "555-0199", baaStatus: "requested", baaSignedDate: null, baaReviewDate: null });
    const audit = await c.must("audit.list", { filter: { action: "vendor.updated" }, offset: 0, limit: 10 });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]!.changes).toEqual({
      contactPhone: { from: "555-0142", to: "555-0199" },
      baaStatus: { from: "signed", to: "requested" },
      baaSignedDate: { from: "2025-06-01", to: null },
      baaReviewDate: { from: "2026-06-01", to: null },
    });
    // Saving again without a change writes nothing.
    await c.must("vendors.update", { vendorId: added.id, vendor: vendorInput({ contactPhone: "555-0199", baaStatus: "requested" }) });
    expect((await c.must("audit.list", { filter: { action: "vendor.updated" }, offset: 0, limit: 10 })).total).toBe(1);
  });

  it("stops warning about a vendor the practice no longer uses, and keeps its record", async () => {
    const c = await vendorVault();
    const added = await c.must("vendors.add", { vendor: vendorInput() });
    const ended = await c.must("vendors.update", { vendorId: added.id, vendor: vendorInput({ endedOn: today() }) });
    expect(ended).toMatchObject({ endedOn: today(), warnings: [] });
    expect((await c.must("vendors.list", {})).vendors).toHaveLength(1);
  });

  it("lets a Read-only user look and download, but not change anything", async () => {
    const c = await vendorVault();
    const added = await c.must("vendors.add", { vendor: vendorInput() });
    await signInAs(c, READER);
    expect((await c.must("vendors.list", {})).vendors).toHaveLength(1);
    expect(await c.must("vendors.get", { vendorId: added.id })).toMatchObject({ name: "Acme Cloud Backup" });
    for (const result of [
      await c.call("vendors.add", { vendor: vendorInput({ name: "Other" }) }),
      await c.call("vendors.update", { vendorId: added.id, vendor: vendorInput() }),
      await c.call("vendors.baa.recordSigned", { vendorId: added.id, signedDate: "2026-01-05", reviewDate: null, file: pdfFile() }),
      await c.call("vendors.questionnaire.save", {
        vendorId: added.id,
        answers: { encryptionAtRest: "yes", encryptionInTransit: "yes", usesSubcontractors: "no", subcontractorBaas: "not-applicable" },
      }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
  });

  it("answers NOT_FOUND for a vendor that does not exist", async () => {
    const c = await vendorVault();
    const result = await c.call("vendors.get", { vendorId: "00000000-0000-4000-8000-000000000000" });
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND", message: expect.stringMatching(/not in the register/) } });
  });
});

describe("the due-diligence questionnaire", () => {
  it("saves the answers, reads them back with who answered, and names what to follow up", async () => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    const answers = {
      encryptionAtRest: "yes" as const,
      encryptionInTransit: "unknown" as const,
      breachNoticeDays: 90,
      breachNoticeTerms: "Notice by e-mail to the account owner.",
      dataLocation: "Two data centers in Oregon and Virginia, USA",
      usesSubcontractors: "yes" as const,
      subcontractors: "Big Hosting Inc. (storage)",
      subcontractorBaas: "no" as const,
      notes: "Answers from Dana on the phone.",
    };
    const saved = await c.must("vendors.questionnaire.save", { vendorId: vendor.id, answers });
    expect(saved.questionnaire).toEqual({ ...answers, answeredBy: { id: expect.any(String), name: "Maria Lopez" }, answeredAt: expect.any(String) });
    expect(saved.concerns.map((concern) => concern.topic)).toEqual(["encryption-in-transit", "breach-notice", "subcontractors"]);
    expect(saved.concerns.find((concern) => concern.topic === "breach-notice")?.message).toMatch(/90 days .* at most 60 days/);
    expect((await c.must("vendors.get", { vendorId: vendor.id })).questionnaire).toEqual(saved.questionnaire);

    await signInAs(c, STAFF);
    const again = await c.must("vendors.questionnaire.save", { vendorId: vendor.id, answers: { ...answers, encryptionInTransit: "yes", breachNoticeDays: 30 } });
    expect(again.questionnaire).toMatchObject({ encryptionInTransit: "yes", breachNoticeDays: 30, answeredBy: { name: "Jamal Reed" } });
    expect(again.concerns.map((concern) => concern.topic)).toEqual(["subcontractors"]);
    const audit = await c.must("audit.list", { filter: { action: "vendor.questionnaire-saved" }, offset: 0, limit: 10 });
    expect(audit.entries.map((entry) => entry.changes)).toContainEqual({
      encryptionInTransit: { from: "unknown", to: "yes" },
      breachNoticeDays: { from: 90, to: 30 },
    });
  });

  it("refuses an answer that is not one of the choices, and a breach-notice period over a year", async () => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    const result = await c.call("vendors.questionnaire.save", {
      vendorId: vendor.id,
      answers: { encryptionAtRest: "maybe" as "yes", encryptionInTransit: "yes", breachNoticeDays: 400, usesSubcontractors: "no", subcontractorBaas: "not-applicable" },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { "answers.encryptionAtRest": expect.stringMatching(/Yes, No/), "answers.breachNoticeDays": expect.stringMatching(/365/) } },
    });
    expect((await c.must("vendors.get", { vendorId: vendor.id })).questionnaire).toBeNull();
  });
});
