import type { ChannelInput } from "../../shared/ipc/contract";
import type { VendorDetail } from "../../shared/model/vendor";
import { SAMPLE_PRACTICE_NAME } from "../../shared/model/samplePractice";
import { shiftMonths } from "../../shared/rules/recurrence";
import type { SampleCalendar } from "./sampleCalendar";
import type { SampleDriver } from "./sampleDriver";
import { samplePdfFile } from "./sampleFiles";

/**
 * The companies a dental office shares patient information with (45 CFR 164.308(b), 164.314(a)): three
 * with signed BAAs on file (one due for review soon), an e-fax service still to sign, a shredding
 * company whose BAA expired, and the dental lab, which needs none.
 */

type VendorFields = ChannelInput<"vendors.add">["vendor"];
type Questionnaire = ChannelInput<"vendors.questionnaire.save">["answers"];

function vendor(fields: Partial<VendorFields> & Pick<VendorFields, "name" | "baaStatus">): VendorFields {
  return {
    services: "",
    ephiActivities: [],
    contactName: "",
    contactEmail: "",
    contactPhone: "",
    address: "",
    baaNotNeededReason: "",
    baaSignedDate: null,
    baaReviewDate: null,
    subcontractorNotes: "",
    endedOn: null,
    ...fields,
  };
}

function signedCopy(vendorName: string, signedDate: string) {
  const slug = vendorName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return samplePdfFile(`baa-${slug}-signed.pdf`, "Business Associate Agreement (signed copy)", [
    `Between ${SAMPLE_PRACTICE_NAME} (covered entity) and ${vendorName} (business associate).`,
    `Signed by both parties on ${signedDate}.`,
    "Terms as required by 45 CFR 164.314(a) and 164.504(e).",
  ]);
}

/** Adds the vendor with the BAA requested, then records it signed with its copy, as the office would. */
async function withSignedBaa(driver: SampleDriver, fields: VendorFields, signedDate: string, reviewDate: string): Promise<VendorDetail> {
  const added = await driver.must("vendors.add", { vendor: { ...fields, baaStatus: "requested" } });
  return driver.must("vendors.baa.recordSigned", { vendorId: added.id, signedDate, reviewDate, file: signedCopy(fields.name, signedDate) });
}

const PRACTICE_SOFTWARE_DILIGENCE: Questionnaire = {
  encryptionAtRest: "yes",
  encryptionInTransit: "yes",
  breachNoticeDays: 10,
  breachNoticeTerms: "Section 6 of the BAA: notice within 10 business days of discovering a breach, with the names of the patients affected.",
  dataLocation: "Two data centers in the United States (Ohio and Texas).",
  usesSubcontractors: "yes",
  subcontractors: "Its hosting company, and the e-mail service that sends appointment reminders.",
  subcontractorBaas: "yes",
  notes: "Answered from the vendor's security overview and a call with their compliance team.",
};

export async function buildSampleVendors(driver: SampleDriver, calendar: SampleCalendar): Promise<void> {
  const software = await withSignedBaa(
    driver,
    vendor({
      name: "BrightChart Dental Software",
      services: "Hosted practice management software: the schedule, charts, treatment plans, billing and insurance claims.",
      ephiActivities: ["create", "receive", "maintain", "transmit"],
      contactName: "Compliance Desk",
      contactEmail: "compliance@brightchart.example",
      contactPhone: "800-555-0110",
      address: "1200 Commerce Parkway\nColumbus, OH 43215",
      baaStatus: "requested",
      subcontractorNotes: "Hosting and reminder e-mails by subcontractors under their own BAAs with BrightChart.",
    }),
    calendar.last("01-15"),
    calendar.monthsFromToday(9),
  );
  await driver.must("vendors.questionnaire.save", { vendorId: software.id, answers: PRACTICE_SOFTWARE_DILIGENCE });

  // Signed a year ago; its yearly review comes up in a few weeks.
  const backupReview = calendar.fromToday(25);
  const backup = await withSignedBaa(
    driver,
    vendor({
      name: "SafeVault Online Backup",
      services: "Nightly encrypted online backup of the office server, kept 30 days.",
      ephiActivities: ["maintain", "transmit"],
      contactName: "Account support",
      contactEmail: "support@safevault.example",
      contactPhone: "800-555-0142",
      baaStatus: "requested",
    }),
    calendar.notAfterToday(shiftMonths(backupReview, -12)),
    backupReview,
  );
  await driver.must("vendors.questionnaire.save", {
    vendorId: backup.id,
    answers: {
      encryptionAtRest: "yes",
      encryptionInTransit: "yes",
      breachNoticeDays: 30,
      breachNoticeTerms: "Notice within 30 days of discovery.",
      dataLocation: "United States",
      usesSubcontractors: "unknown",
      subcontractors: "",
      subcontractorBaas: "unknown",
      notes: "Ask at the review whether they use a hosting company.",
    },
  });

  await withSignedBaa(
    driver,
    vendor({
      name: "Prairie Tech Solutions",
      services: "IT support: the office server, workstations, network, antivirus and remote help.",
      ephiActivities: ["maintain"],
      contactName: "Luis Ortega",
      contactEmail: "luis@prairietech.example",
      contactPhone: "217-555-0188",
      address: "88 Lincoln Avenue\nSpringfield, IL 62701",
      baaStatus: "requested",
      subcontractorNotes: "None: their own technicians do all the work.",
    }),
    calendar.last("06-01"),
    calendar.monthsFromToday(7),
  );

  await driver.must("vendors.add", {
    vendor: vendor({
      name: "FaxLink Cloud",
      services: "The e-fax service behind the practice software's fax button: referrals and records requests to other offices.",
      ephiActivities: ["transmit"],
      contactEmail: "sales@faxlink.example",
      baaStatus: "requested",
      subcontractorNotes: "Asked for their BAA by e-mail; they said their legal team is reviewing ours.",
    }),
  });

  await driver.must("vendors.add", {
    vendor: vendor({
      name: "Midwest Secure Shred",
      services: "Locked shredding bin in the back office, emptied and shredded on site once a month.",
      ephiActivities: ["receive"],
      contactPhone: "217-555-0165",
      baaStatus: "expired",
      baaSignedDate: `${calendar.lastYear - 3}-05-01`,
      baaReviewDate: `${calendar.lastYear - 1}-05-01`,
      subcontractorNotes: "Their three-year agreement ran out; a new one was asked for at the last pickup.",
    }),
  });

  await driver.must("vendors.add", {
    vendor: vendor({
      name: "Keystone Dental Lab",
      services: "Makes crowns, bridges and night guards from the impressions, scans and prescriptions the dentist sends.",
      ephiActivities: ["receive"],
      contactName: "Front office",
      contactPhone: "217-555-0123",
      baaStatus: "not-needed",
      baaNotNeededReason:
        "The lab receives patient information only for treatment: a disclosure by the dentist to another health care provider for the patient's treatment needs no Business Associate Agreement (45 CFR 164.502(e)(1)(ii)(A)).",
    }),
  });
}
