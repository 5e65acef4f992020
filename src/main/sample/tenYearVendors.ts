import { BAA_STATUS_LABELS, type BaaStatus } from "../../shared/model/vendor";
import { addCalendarDays } from "../../shared/rules/calendarDates";
import { dayBetween, earlier, lastHistoryDay, officeInstant, type GrowthContext } from "./tenYearContext";
import { VENDOR_NAME_WORDS, VENDOR_SERVICES } from "./tenYearNames";

interface GrownVendor {
  id: string;
  name: string;
  status: BaaStatus;
  signedDate: string | null;
  startedOn: string;
}

/**
 * The companies the practice has worked with over ten years (45 CFR 164.308(b), 164.314(a)): most of
 * the earlier ones replaced since (an end date, their records kept), each business associate with its
 * BAA signed or, for the replaced ones, expired; the due-diligence answers for most, and the signed
 * copies stored as BLOBs like vendorFileService stores them.
 */
export function growVendors(context: GrowthContext): void {
  const { db, plan, admin } = context;
  const random = context.random.fork("vendors");
  const taken = new Set((db.prepare("SELECT name FROM vendors").pluck().all() as string[]).map((name) => name.toLowerCase()));
  const existing = taken.size;
  const insert = db.prepare(
    `INSERT INTO vendors (id, name, services, creates_ephi, receives_ephi, maintains_ephi, transmits_ephi, contact_name, contact_email, contact_phone, address,
       baa_status, baa_not_needed_reason, baa_signed_date, baa_review_date, subcontractor_notes, ended_on, created_by, created_at, updated_by, updated_at)
     VALUES (@id, @name, @services, @creates, @receives, @maintains, @transmits, @contactName, @contactEmail, @contactPhone, @address,
       @status, @reason, @signedDate, @reviewDate, '', @endedOn, @adminId, @createdAt, @adminId, @updatedAt)`,
  );
  const insertAnswers = db.prepare(
    `INSERT INTO vendor_questionnaires (vendor_id, encryption_at_rest, encryption_in_transit, breach_notice_days, breach_notice_terms, data_location,
       uses_subcontractors, subcontractors, subcontractor_baas, notes, answered_by, answered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const lastDay = lastHistoryDay(context);
  const grown: GrownVendor[] = [];
  db.transaction(() => {
    for (let i = existing; i < plan.vendors; i++) {
      const service = random.pick(VENDOR_SERVICES);
      let name = "";
      for (let n = 0; !name || taken.has(name.toLowerCase()); n++) name = `${random.pick(VENDOR_NAME_WORDS)} ${service.suffix}${n > 20 ? ` ${n}` : ""}`;
      taken.add(name.toLowerCase());
      const startedOn = dayBetween(random, `${context.firstYear}-01-01`, earlier(addCalendarDays(lastDay, -200), `${context.lastHistoryYear}-12-31`));
      // Two in three were replaced along the way; the rest are still in use.
      const endedOn = random.chance(0.66) ? earlier(dayBetween(random, addCalendarDays(startedOn, 180), addCalendarDays(startedOn, 6 * 365)), addCalendarDays(lastDay, -30)) : null;
      const handles = service.ephi.length > 0;
      const signedDate = handles ? dayBetween(random, startedOn, addCalendarDays(startedOn, 45)) : null;
      const status: BaaStatus = !handles ? "not-needed" : endedOn ? (random.chance(0.5) ? "expired" : "signed") : "signed";
      const reviewDate = signedDate ? (endedOn ? addCalendarDays(signedDate, 2 * 365) : later3Years(signedDate, lastDay)) : null;
      const id = random.uuid();
      const createdAt = officeInstant(random, startedOn);
      const updatedAt = officeInstant(random, endedOn ?? signedDate ?? startedOn);
      const contact = `${random.pick(["Sam", "Alex", "Chris", "Pat", "Jamie", "Morgan", "Robin"])} ${random.pick(["Ford", "Lee", "Gray", "Stone", "Park", "Hill"])}`;
      insert.run({
        id,
        name,
        services: service.services,
        creates: service.ephi.includes("create") ? 1 : 0,
        receives: service.ephi.includes("receive") ? 1 : 0,
        maintains: service.ephi.includes("maintain") ? 1 : 0,
        transmits: service.ephi.includes("transmit") ? 1 : 0,
        contactName: contact,
        contactEmail: `${contact.split(" ")[0]!.toLowerCase()}@${name.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
        contactPhone: `217-555-0${String(random.int(100, 199))}`,
        address: `${random.int(100, 9900)} ${random.pick(["Main", "Oak", "Washington", "Lincoln", "Market"])} Street, Springfield, IL`,
        status,
        reason: status === "not-needed" ? "Does not create, receive, keep or send patient information for the practice." : "",
        signedDate: status === "signed" || status === "expired" ? signedDate : null,
        reviewDate: status === "signed" || status === "expired" ? reviewDate : null,
        endedOn,
        adminId: admin.id,
        createdAt,
        updatedAt,
      });
      context.audit.record({
        at: createdAt,
        actor: admin,
        action: "vendor.added",
        recordType: "vendor",
        recordId: id,
        summary: `Added ${name} to the vendor register (BAA: ${BAA_STATUS_LABELS[handles ? "requested" : "not-needed"]})`,
        changes: { name, services: service.services, ephiActivities: service.ephi, baaStatus: handles ? "requested" : "not-needed" },
      });
      if (signedDate && (status === "signed" || status === "expired")) {
        context.audit.record({
          at: officeInstant(random, signedDate),
          actor: admin,
          action: "vendor.baa-signed",
          recordType: "vendor",
          recordId: id,
          summary: `Recorded the Business Associate Agreement signed with ${name} on ${signedDate}`,
          changes: { baaStatus: { from: "requested", to: "signed" }, baaSignedDate: { from: null, to: signedDate }, baaReviewDate: { from: null, to: reviewDate } },
        });
      }
      if (endedOn) {
        context.audit.record({
          at: updatedAt,
          actor: admin,
          action: "vendor.updated",
          recordType: "vendor",
          recordId: id,
          summary: status === "expired" ? `Changed the record of ${name} (BAA: ${BAA_STATUS_LABELS.signed} → ${BAA_STATUS_LABELS.expired})` : `Changed the record of ${name}`,
          changes: { endedOn: { from: null, to: endedOn }, ...(status === "expired" ? { baaStatus: { from: "signed", to: "expired" } } : {}) },
        });
      }
      if (handles && random.chance(0.75)) {
        const answeredOn = signedDate ?? startedOn;
        const days = random.pick([null, 5, 10, 30, 60]);
        insertAnswers.run(
          id,
          random.chance(0.8) ? "yes" : "unknown",
          random.chance(0.9) ? "yes" : "unknown",
          days,
          days ? `Notice within ${days} days of discovery, as the BAA says.` : "",
          random.pick(["Data centers in the United States.", "Their own office in Illinois.", "A hosting company in Virginia.", ""]),
          random.pick(["yes", "no", "unknown"]),
          "",
          random.pick(["yes", "not-applicable", "unknown"]),
          "Answered from the vendor's security overview.",
          admin.id,
          officeInstant(random, answeredOn),
        );
        context.audit.record({
          at: officeInstant(random, answeredOn),
          actor: admin,
          action: "vendor.questionnaire-saved",
          recordType: "vendor",
          recordId: id,
          summary: `Recorded the due-diligence answers of ${name}`,
        });
      }
      grown.push({ id, name, status, signedDate, startedOn });
    }
  })();
  attachSignedCopies(context, grown);
}

/** A BAA is reviewed every three years; a current one's next review is after today. */
function later3Years(signedDate: string, lastDay: string): string {
  let review = addCalendarDays(signedDate, 3 * 365);
  while (review <= lastDay) review = addCalendarDays(review, 3 * 365);
  return review;
}

function attachSignedCopies(context: GrowthContext, vendors: GrownVendor[]): void {
  const { db, admin } = context;
  const random = context.random.fork("vendor-files");
  const withBaa = vendors.filter((vendor) => vendor.signedDate !== null && (vendor.status === "signed" || vendor.status === "expired"));
  const sizes = context.files.sizesFor("vendorFiles", random);
  if (withBaa.length === 0) return;
  const insert = db.prepare(
    "INSERT INTO vendor_files (id, vendor_id, file_name, mime_type, size, sha256, content, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  sizes.forEach((size, index) => {
    const vendor = withBaa[index % withBaa.length]!;
    const slug = vendor.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const file = context.files.make("pdf", index < withBaa.length ? `baa-${slug}-signed` : `baa-${slug}-amendment-${Math.floor(index / withBaa.length)}`, size);
    const id = random.uuid();
    const at = officeInstant(random, vendor.signedDate!);
    db.transaction(() => insert.run(id, vendor.id, file.fileName, file.mimeType, file.size, file.sha256, file.content, admin.id, at))();
    context.audit.record({
      at,
      actor: admin,
      action: "vendor.file-attached",
      recordType: "vendor-file",
      recordId: id,
      summary: `Attached "${file.fileName}" to the Business Associate Agreement record of ${vendor.name}`,
      changes: { vendorId: vendor.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.size, sha256: file.sha256 },
    });
  });
}
