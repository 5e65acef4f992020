import { dayInPeriod, inPeriod } from "../../../shared/model/reportPeriod";
import {
  BAA_STATUS_LABELS,
  DILIGENCE_ANSWER_LABELS,
  EPHI_ACTIVITY_LABELS,
  SUBCONTRACTOR_BAA_LABELS,
  type VendorDetail,
} from "../../../shared/model/vendor";
import { hasEnded, type BaaWarning } from "../../../shared/rules/baaStatus";
import { dayInZone, formatDay } from "../../../shared/time/zonedTime";
import { getVendor, listVendors } from "../../vendors/vendorService";
import { listVendorWarnings } from "../../vendors/vendorWarnings";
import { practiceToday } from "../../vendors/vendorRecords";
import { dataTable, emptySection, factTable, notice, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { duringPeriod, periodFacts, plural, type PeriodFacts } from "./periodText";
import type { ReportDocument } from "./types";

export interface VendorsReportData {
  period: PeriodFacts;
  /** The practice's today when the report was made: what the warnings are measured against. */
  today: string;
  reviewNoticeDays: number;
  /** Every vendor on the register, with its files and due-diligence answers, by name. */
  vendors: VendorDetail[];
  warnings: BaaWarning[];
  /** Ids of vendors added to the register, whose BAA was signed, or that ended, in the period. */
  addedInPeriod: string[];
  signedInPeriod: string[];
  endedInPeriod: string[];
}

const activities = (vendor: VendorDetail) => vendor.ephiActivities.map((activity) => EPHI_ACTIVITY_LABELS[activity].short).join(", ") || "None";

function baaState(vendor: VendorDetail): string {
  const label = BAA_STATUS_LABELS[vendor.baaStatus];
  if (vendor.baaStatus === "signed") return `${label} ${vendor.baaSignedDate ?? ""}`.trim();
  if (vendor.baaStatus === "expired" && vendor.baaSignedDate) return `${label} (signed ${vendor.baaSignedDate})`;
  return label;
}

/** In words, for a black-and-white page: problems are named, not coloured. */
function standing(vendor: VendorDetail): string {
  const problems = vendor.warnings.filter((warning) => warning.severity === "problem").length;
  const attention = vendor.warnings.length - problems;
  if (problems) return `PROBLEM (${plural(problems, "warning")})`;
  if (attention) return `Attention (${plural(attention, "item")})`;
  return "In order";
}

export const vendorsReport: ReportDocument<VendorsReportData> = {
  kind: "vendors",
  description: "The business associates that handle patient information, where each Business Associate Agreement stands, the signed copies on file and the due-diligence answers (45 CFR 164.308(b), 164.314(a)).",

  collect({ db, period, now }) {
    const today = practiceToday(db, now);
    const register = listVendors(db, today);
    const vendors = register.vendors.map((summary) => getVendor(db, summary.id, today));
    return {
      period: periodFacts(period),
      today,
      reviewNoticeDays: register.reviewNoticeDays,
      vendors,
      warnings: listVendorWarnings(db, today, register.reviewNoticeDays),
      addedInPeriod: vendors.filter((vendor) => inPeriod(vendor.createdAt, period)).map((vendor) => vendor.id),
      signedInPeriod: vendors.filter((vendor) => vendor.baaSignedDate !== null && dayInPeriod(vendor.baaSignedDate, period)).map((vendor) => vendor.id),
      endedInPeriod: vendors.filter((vendor) => vendor.endedOn !== null && dayInPeriod(vendor.endedOn, period)).map((vendor) => vendor.id),
    };
  },

  layout(data, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const today = formatDay(data.today);
    const during = duringPeriod(data.period);
    const current = data.vendors.filter((vendor) => !hasEnded(vendor, data.today));
    const former = data.vendors.filter((vendor) => hasEnded(vendor, data.today));
    const associates = current.filter((vendor) => vendor.needsBaa);
    const others = current.filter((vendor) => !vendor.needsBaa);
    const signedNow = associates.filter((vendor) => vendor.baaStatus === "signed");
    const problems = data.warnings.filter((warning) => warning.severity === "problem");
    const problemVendors = new Set(problems.map((warning) => warning.vendorId));
    const byId = new Map(data.vendors.map((vendor) => [vendor.id, vendor]));
    const named = (ids: string[]) => ids.map((id) => byId.get(id)?.name ?? "—").join(", ") || "None";
    const files = data.vendors.flatMap((vendor) => vendor.files.map((file) => ({ vendor, file })));
    const withAnswers = current.filter((vendor) => vendor.handlesEphi && vendor.questionnaire !== null);
    const withoutAnswers = current.filter((vendor) => vendor.handlesEphi && vendor.questionnaire === null);

    return {
      coverFacts: [
        { label: "Vendors in use", value: String(current.length) },
        { label: "Business associates", value: `${associates.length} handle patient information; ${signedNow.length} with a signed BAA` },
        { label: `Problems on ${today}`, value: problems.length ? `${plural(problemVendors.size, "vendor")} (${plural(problems.length, "problem")})` : "None" },
        { label: "Former vendors", value: String(former.length) },
      ],
      coverNotice: problems.length
        ? {
            tone: "problem",
            title: `${plural(problemVendors.size, "vendor needs", "vendors need")} action on their Business Associate Agreement`,
            text: "A vendor may create, receive, keep or send the practice's patient information only under a signed agreement (45 CFR 164.308(b)(1), 164.502(e)). The warnings are listed first in this report.",
          }
        : null,
      sections: [
        sectionHeading("About this register"),
        paragraph(
          `This register lists the outside companies and people that work for ${frame.practice.name}. A vendor that creates, receives, maintains or transmits ` +
            "electronic protected health information on the practice's behalf is a business associate, and may do so only under a written Business Associate " +
            "Agreement (BAA) that gives satisfactory assurances it will safeguard the information (45 CFR 164.308(b)(1) and (3), 164.314(a), 164.502(e), 164.504(e)). " +
            "A vendor that needs no BAA has the reason written down.",
        ),
        factTable([
          { label: "Warnings measured on", value: today },
          { label: "Reviews announced", value: `${plural(data.reviewNoticeDays, "day")} before an agreement's review date` },
          { label: "Period for changes", value: data.period.label },
        ]),
        smallPrint("Vendors are never removed from the register: one the practice stopped using keeps its records for six years (45 CFR 164.316(b)(2)(i))."),

        sectionHeading("Warnings"),
        data.warnings.length
          ? dataTable(
              [
                { header: "Vendor", width: 90 },
                { header: "Kind", width: 58 },
                { header: "What needs doing", width: "*" },
                { header: "Rule", width: 92 },
              ],
              data.warnings.map((warning) => [warning.vendorName, warning.severity === "problem" ? "PROBLEM" : "Attention", warning.message, warning.citation]),
              { fontSize: 7.5 },
            )
          : emptySection(
              current.length
                ? `every vendor that handles patient information had a signed agreement in order on ${today}, with no review due within ${plural(data.reviewNoticeDays, "day")}.`
                : "there is no vendor on the register, so there is nothing to warn about. Add every company that handles the practice's patient information.",
            ),

        sectionHeading("Business associates"),
        smallPrint("Vendors in use that handle patient information and need a BAA. The verbs are those of 45 CFR 164.308(b)(1)."),
        associates.length
          ? dataTable(
              [
                { header: "Vendor", width: 90 },
                { header: "What they do", width: "*" },
                { header: "Patient information", width: 80 },
                { header: "BAA", width: 74 },
                { header: "Review by", width: 52 },
                { header: "Standing", width: 64 },
              ],
              associates.map((vendor) => [
                vendor.name,
                vendor.services || "—",
                activities(vendor),
                baaState(vendor) + (vendor.baaStatus === "signed" ? `\n${vendor.fileCount ? plural(vendor.fileCount, "copy", "copies") + " on file" : "No copy on file"}` : ""),
                vendor.baaReviewDate ?? "—",
                standing(vendor),
              ]),
              { fontSize: 7.5 },
            )
          : emptySection(
              current.length
                ? "no vendor in use is recorded as creating, receiving, keeping or sending the practice's patient information."
                : "there is no vendor on the register yet.",
            ),

        subHeading("Vendors that need no BAA"),
        others.length
          ? dataTable(
              [
                { header: "Vendor", width: 110 },
                { header: "What they do", width: "*" },
                { header: "Why no BAA is needed", width: 180 },
              ],
              others.map((vendor) => [
                vendor.name,
                vendor.services || "—",
                vendor.baaStatus === "not-needed" ? vendor.baaNotNeededReason : "Does not handle the practice's patient information",
              ]),
              { fontSize: 7.5 },
            )
          : emptySection("every vendor in use handles patient information and needs a BAA."),

        subHeading("Contacts"),
        current.length
          ? dataTable(
              [
                { header: "Vendor", width: 110 },
                { header: "Contact", width: 100 },
                { header: "E-mail", width: "*" },
                { header: "Phone", width: 80 },
              ],
              current.map((vendor) => [vendor.name, vendor.contactName || "—", vendor.contactEmail || "—", vendor.contactPhone || "—"]),
              { fontSize: 7.5 },
            )
          : emptySection("there is no vendor on the register yet."),

        sectionHeading("Signed agreements on file"),
        smallPrint("Copies kept inside the practice's encrypted vault (45 CFR 164.308(b)(3), 164.316(b)(1)). The fingerprint identifies the exact file."),
        files.length
          ? dataTable(
              [
                { header: "Vendor", width: 96 },
                { header: "File", width: "*" },
                { header: "Added", width: 56 },
                { header: "By", width: 70 },
                { header: "SHA-256 (first 16)", width: 84, fontSize: 6.5 },
              ],
              files.map(({ vendor, file }) => [vendor.name, file.fileName, dayInZone(file.addedAt, zone), file.addedBy.name, file.sha256.slice(0, 16)]),
              { fontSize: 7.5 },
            )
          : emptySection("no signed agreement has been attached to any vendor's record."),

        sectionHeading("Due diligence"),
        paragraph(
          "For each business associate the practice asked about encryption, breach-notice terms, where the information is kept and the vendor's own subcontractors. " +
            "The answers back the satisfactory assurances of 45 CFR 164.308(b)(1) and feed the risk analysis; a concern is a question to follow up, not a finding.",
        ),
        withAnswers.length
          ? dataTable(
              [
                { header: "Vendor", width: 80 },
                { header: "Encrypts stored / sent", width: 70 },
                { header: "Breach notice", width: 60 },
                { header: "Where the data is kept", width: 80 },
                { header: "Subcontractors with BAAs", width: 70 },
                { header: "Concerns to follow up", width: "*" },
              ],
              withAnswers.map((vendor) => {
                const answers = vendor.questionnaire!;
                return [
                  `${vendor.name}\n(${dayInZone(answers.answeredAt, zone)}, ${answers.answeredBy.name})`,
                  `${DILIGENCE_ANSWER_LABELS[answers.encryptionAtRest]} / ${DILIGENCE_ANSWER_LABELS[answers.encryptionInTransit]}`,
                  answers.breachNoticeDays === null ? "Not stated" : `Within ${plural(answers.breachNoticeDays, "day")}`,
                  answers.dataLocation || "—",
                  answers.usesSubcontractors === "no" ? "No subcontractors" : SUBCONTRACTOR_BAA_LABELS[answers.subcontractorBaas],
                  vendor.concerns.length ? vendor.concerns.map((concern) => `${concern.message} (${concern.citation})`).join("\n") : "None",
                ];
              }),
              { fontSize: 7 },
            )
          : emptySection("no vendor that handles patient information has answered the due-diligence questions yet."),
        ...(withoutAnswers.length && withAnswers.length
          ? [smallPrint(`Not asked yet: ${withoutAnswers.map((vendor) => vendor.name).join(", ")}.`)]
          : withoutAnswers.length
            ? [smallPrint(`Vendors to ask: ${withoutAnswers.map((vendor) => vendor.name).join(", ")}.`)]
            : []),

        sectionHeading("Changes during the period"),
        factTable([
          { label: "Added to the register", value: named(data.addedInPeriod) },
          { label: "BAA signed", value: named(data.signedInPeriod) },
          { label: "Stopped using", value: named(data.endedInPeriod) },
        ]),
        ...(data.addedInPeriod.length + data.signedInPeriod.length + data.endedInPeriod.length === 0
          ? [emptySection(`no vendor was added, signed a BAA or was let go ${during}.`)]
          : []),

        sectionHeading("Former vendors"),
        former.length
          ? dataTable(
              [
                { header: "Vendor", width: "*" },
                { header: "What they did", width: 150 },
                { header: "Stopped using", width: 64 },
                { header: "BAA", width: 110 },
              ],
              former.map((vendor) => [vendor.name, vendor.services || "—", vendor.endedOn ?? "—", baaState(vendor)]),
              { fontSize: 7.5 },
            )
          : emptySection("the practice has not stopped using any vendor on the register."),
        ...(former.length
          ? [notice("info", "Patient information at former vendors", "When a business associate relationship ends, the vendor must return or destroy the practice's patient information, or keep protecting it if that is not feasible (45 CFR 164.504(e)(2)(ii)(J)).")]
          : []),
      ],
    };
  },
};
