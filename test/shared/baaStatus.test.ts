import { describe, expect, it } from "vitest";
import { activitiesPhrase, baaTemplateValues } from "../../src/shared/content/baa/templateValues";
import { fillTemplate, templateSlots } from "../../src/shared/content/baa/fillTemplate";
import { BAA_DRAFT_BACKGROUND, BAA_DRAFT_NOTICE, BAA_DRAFT_PARTIES, BAA_PROVISIONS } from "../../src/shared/content/baa/baaDraft";
import { BAA_REQUEST_CLOSING_PARAGRAPHS, BAA_REQUEST_GREETING, BAA_REQUEST_ON_FILE, BAA_REQUEST_PARAGRAPHS, BAA_REQUEST_QUESTIONS, BAA_REQUEST_SIGNER_TITLE } from "../../src/shared/content/baa/baaRequestLetter";
import { vendorInputSchema } from "../../src/shared/model/vendor";
import { baaWarnings, needsBaa, sortWarnings, type BaaFacts } from "../../src/shared/rules/baaStatus";
import { diligenceConcerns } from "../../src/shared/rules/vendorDiligence";

const base: BaaFacts = { id: "v", name: "Acme", ephiActivities: ["maintain"], baaStatus: "none", baaSignedDate: null, baaReviewDate: null, endedOn: null, fileCount: 0 };
const signedUntil = (review: string | null): BaaFacts => ({ ...base, baaStatus: "signed", baaSignedDate: "2020-01-01", baaReviewDate: review, fileCount: 1 });

describe("baaWarnings", () => {
  it.each<[string, BaaFacts, string, string[]]>([
    ["ePHI without a BAA", base, "2026-03-01", ["no-baa"]],
    ["ePHI, BAA requested", { ...base, baaStatus: "requested" }, "2026-03-01", ["baa-requested"]],
    ["ePHI, BAA expired", { ...base, baaStatus: "expired", baaSignedDate: "2020-01-01" }, "2026-03-01", ["baa-expired"]],
    ["no ePHI and no BAA", { ...base, ephiActivities: [] }, "2026-03-01", []],
    ["not needed, with ePHI", { ...base, baaStatus: "not-needed" }, "2026-03-01", []],
    ["signed, review 61 days away", signedUntil("2026-05-01"), "2026-03-01", []],
    ["signed, review 60 days away", signedUntil("2026-04-30"), "2026-03-01", ["review-due"]],
    ["signed, review today", signedUntil("2026-03-01"), "2026-03-01", ["review-due"]],
    ["signed, review yesterday", signedUntil("2026-02-28"), "2026-03-01", ["review-overdue"]],
    ["leap day review, seen on Feb 28", signedUntil("2024-02-29"), "2024-02-28", ["review-due"]],
    ["leap day review, seen on Mar 1", signedUntil("2024-02-29"), "2024-03-01", ["review-overdue"]],
    ["review Jan 1, seen on Dec 31", signedUntil("2025-01-01"), "2024-12-31", ["review-due"]],
    ["review Dec 31, seen on Jan 1", signedUntil("2024-12-31"), "2025-01-01", ["review-overdue"]],
    ["signed without a copy", { ...signedUntil(null), fileCount: 0 }, "2026-03-01", ["copy-missing"]],
    ["ended yesterday", { ...base, endedOn: "2026-02-28" }, "2026-03-01", []],
    ["ends tomorrow", { ...base, endedOn: "2026-03-02" }, "2026-03-01", ["no-baa"]],
  ])("%s", (_, facts, today, kinds) => {
    expect(baaWarnings(facts, today).map((warning) => warning.kind)).toEqual(kinds);
  });

  it("counts the days in plain words", () => {
    expect(baaWarnings(signedUntil("2024-02-29"), "2024-02-28")[0]?.message).toBe("Acme's Business Associate Agreement is due for review on February 29, 2024, in 1 day.");
    expect(baaWarnings(signedUntil("2024-12-31"), "2025-01-02")[0]?.message).toMatch(/was due for review on December 31, 2024, 2 days ago\./);
    expect(baaWarnings(signedUntil("2026-06-01"), "2026-03-01", 120).map((warning) => warning.kind)).toEqual(["review-due"]);
  });

  it("needs a BAA for any of the four verbs, unless recorded as not needed", () => {
    for (const activity of ["create", "receive", "maintain", "transmit"] as const) expect(needsBaa({ ephiActivities: [activity], baaStatus: "none" })).toBe(true);
    expect(needsBaa({ ephiActivities: [], baaStatus: "none" })).toBe(false);
    expect(needsBaa({ ephiActivities: ["receive"], baaStatus: "not-needed" })).toBe(false);
  });

  it("sorts problems before what is coming, soonest review first", () => {
    const warnings = [
      ...baaWarnings({ ...signedUntil("2026-04-01"), name: "B" }, "2026-03-01"),
      ...baaWarnings({ ...signedUntil("2026-03-10"), name: "C" }, "2026-03-01"),
      ...baaWarnings({ ...base, name: "A" }, "2026-03-01"),
    ];
    expect(sortWarnings(warnings).map((warning) => `${warning.vendorName}:${warning.kind}`)).toEqual(["A:no-baa", "C:review-due", "B:review-due"]);
  });
});

describe("the vendor input", () => {
  const valid = { name: "Acme", baaStatus: "none" as const };

  it("refuses “not needed” without a reason, on the reason's field", () => {
    const result = vendorInputSchema.safeParse({ ...valid, baaStatus: "not-needed", baaNotNeededReason: " " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["baaNotNeededReason"]);
  });

  it("keeps only what applies to the chosen state", () => {
    expect(vendorInputSchema.parse({ ...valid, baaNotNeededReason: "old", baaSignedDate: "2026-01-01", baaReviewDate: "" })).toMatchObject({
      baaNotNeededReason: "",
      baaSignedDate: null,
      baaReviewDate: null,
      ephiActivities: [],
      endedOn: null,
    });
    expect(vendorInputSchema.parse({ ...valid, baaStatus: "expired", baaSignedDate: "2020-01-01", ephiActivities: ["transmit", "create"] })).toMatchObject({
      baaSignedDate: "2020-01-01",
      ephiActivities: ["create", "transmit"],
    });
  });
});

describe("diligenceConcerns", () => {
  const good = { encryptionAtRest: "yes", encryptionInTransit: "yes", breachNoticeDays: 60, breachNoticeTerms: "", dataLocation: "", usesSubcontractors: "yes", subcontractors: "", subcontractorBaas: "yes", notes: "" } as const;
  it.each<[string, Partial<Record<keyof typeof good, unknown>>, string[]]>([
    ["all good, 60 days", {}, []],
    ["61 days to report", { breachNoticeDays: 61 }, ["breach-notice"]],
    ["no encryption at rest", { encryptionAtRest: "no" }, ["encryption-at-rest"]],
    ["unknown encryption in transit", { encryptionInTransit: "unknown" }, ["encryption-in-transit"]],
    ["subcontractors without BAAs", { subcontractorBaas: "no" }, ["subcontractors"]],
    ["no subcontractors", { usesSubcontractors: "no", subcontractorBaas: "not-applicable" }, []],
  ])("%s", (_, change, topics) => {
    expect(diligenceConcerns({ ...good, ...change } as Parameters<typeof diligenceConcerns>[0]).map((concern) => concern.topic)).toEqual(topics);
  });
});

describe("the BAA templates", () => {
  const values = baaTemplateValues({
    practice: { name: "Smile Dental", address: "12 Main Street\nSpringfield, IL", securityOfficial: "Maria Lopez" },
    vendor: { name: "Acme", address: "", contactName: "", services: "Backups.", ephiActivities: ["receive", "maintain"], baaStatus: "expired" },
    today: "2024-12-15",
  });

  it("fills every slot of every template, and none is left without a value", () => {
    const templates = [
      BAA_DRAFT_NOTICE,
      BAA_DRAFT_PARTIES,
      ...BAA_DRAFT_BACKGROUND,
      ...BAA_PROVISIONS.flatMap((provision) => provision.paragraphs),
      BAA_REQUEST_GREETING,
      ...BAA_REQUEST_PARAGRAPHS,
      ...BAA_REQUEST_QUESTIONS,
      ...BAA_REQUEST_CLOSING_PARAGRAPHS,
      BAA_REQUEST_SIGNER_TITLE,
      ...Object.values(BAA_REQUEST_ON_FILE),
    ];
    for (const template of templates) expect(fillTemplate(template, values)).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(() => fillTemplate("Dear {nobody}", values)).toThrow(/\{nobody\}/);
    expect(templateSlots("{a} and {b}")).toEqual(["a", "b"]);
  });

  it("writes the parties and dates as a letter needs them", () => {
    expect(values).toMatchObject({
      practiceLocation: ", of 12 Main Street, Springfield, IL",
      vendorLocation: "",
      greetingName: "Acme team",
      servicesNote: " (Backups)",
      activities: "receives and maintains",
      replyBy: "January 14, 2025",
      onFile: "The BAA we had with Acme has expired, so we need a new one.",
    });
    expect(activitiesPhrase(["create", "receive", "maintain", "transmit"])).toBe("creates, receives, maintains and transmits");
  });

  it("cites a paragraph of 45 CFR for every provision, and has no two provisions alike", () => {
    for (const provision of BAA_PROVISIONS) expect(provision.citations[0]).toMatch(/^45 CFR /);
    expect(new Set(BAA_PROVISIONS.map((provision) => provision.id)).size).toBe(BAA_PROVISIONS.length);
  });
});
