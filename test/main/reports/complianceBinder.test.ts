import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../../src/main/reports/verifyPdf";
import type { ReportPeriod } from "../../../src/shared/model/reportPeriod";
import { RECORDS_YEAR, seedYearOfRecords } from "../../support/practiceRecords";
import { makeTempDir } from "../../support/tempVault";
import { ADMIN } from "../../support/testCore";
import { disposeVaults, poppler, practiceVault, runReportCli } from "./reportTestKit";

type Vault = Awaited<ReturnType<typeof practiceVault>>;

afterAll(disposeVaults);

const PARTS = [
  "Part 1: Annual Risk Analysis",
  "Part 2: Gap Assessment",
  "Part 3: Remediation Plan",
  "Part 4: Policies and Procedures",
  "Part 5: Security Awareness Training Record",
  "Part 6: Business Associates and Vendors",
  "Part 7: Security Incident Log",
  "Part 8: Account and Access Report",
  "Part 9: Audit Log Summary",
];

interface OutlineItem {
  title: string;
  destpageposfrom1: number | null;
  kids: OutlineItem[];
}

/** The PDF's bookmarks as qpdf reads them. */
function outline(file: string): OutlineItem[] {
  return (JSON.parse(poppler("qpdf", ["--json", file]).output) as { outlines: OutlineItem[] }).outlines;
}

async function signedBinder(c: Vault, period: ReportPeriod) {
  const exported = await c.must("reports.export", { kind: "binder", period, sign: { password: ADMIN.password, meaning: "Approved by the Security Official" } });
  const file = join(c.folder, exported.fileName);
  const bytes = Buffer.from(exported.pdfBase64, "base64");
  writeFileSync(file, bytes);
  const flat = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
  const layout = poppler("pdftotext", ["-layout", file, "-"]).output;
  return { file, bytes, flat, layout, entry: exported.entry };
}

function expectValidSignature(file: string, bytes: Buffer): void {
  const sig = poppler("pdfsig", [file]).output;
  expect(sig).toMatch(/Signature Validation: Signature is Valid/);
  expect(sig).toMatch(/Total document signed/);
  expect(verifyPdf(bytes).verdict).toBe("valid");
}

describe("the Compliance Binder", () => {
  it("is made for an empty vault: every part is there, those without records say why, and the signature holds", async () => {
    const c = await practiceVault();
    const binder = await signedBinder(c, {});
    expectValidSignature(binder.file, binder.bytes);
    for (const part of PARTS) expect(binder.flat).toContain(part);
    expect(binder.flat).toContain("2 parts are not available");
    expect(binder.flat).toContain("NOT AVAILABLE: There is no risk analysis yet. Start one first; the report is made from it.");
    expect(binder.flat).toContain("Not available: this part is empty There is no safeguard assessment yet.");
    // A part that could be made from no records at all still says, section by section, why it is empty.
    expect(binder.flat).toContain("This section is empty because no one is on the workforce roster.");
    expect(binder.flat).toContain("This section is empty because there is no vendor on the register");

    const bookmarks = outline(binder.file);
    const parts = bookmarks.filter((item) => item.title.startsWith("Part "));
    expect(parts.map((item) => item.title)).toEqual(PARTS);
    // An unavailable part has no sections under it; an available one has its own.
    expect(parts[0]!.kids).toEqual([]);
    // Everything on record: the training is counted year by year (here: no year yet).
    expect(parts[4]!.kids.map((kid) => kid.title)).toContain("Training by year");
    expect(binder.flat).toContain("This section is empty because no training has been recorded yet.");
    expect(bookmarks.map((item) => item.title)).toEqual(["About this binder", "Parts of this binder", ...PARTS, "Sign-off"]);
  });

  describe("for a practice with a year of records", () => {
    let c: Vault;
    let binder: Awaited<ReturnType<typeof signedBinder>>;

    beforeAll(async () => {
      c = await practiceVault();
      await seedYearOfRecords(c);
      binder = await signedBinder(c, { year: RECORDS_YEAR });
    }, 300_000);

    it("holds every part with its key facts, and the whole binder is signed", () => {
      expectValidSignature(binder.file, binder.bytes);
      expect(binder.entry).toMatchObject({ kind: "binder", title: "Compliance Binder", periodKey: String(RECORDS_YEAR) });
      for (const part of PARTS) expect(binder.flat).toContain(part);
      expect(binder.flat).toContain("Parts 9: 9 included");
      for (const fact of [
        "Inherent risk: without the current safeguards", // risk analysis
        "Gaps, most serious first", // gap assessment
        "Turn on disk encryption on every laptop", // remediation plan
        "Maria Lopez is the practice's Security Official", // policies
        "“Pat Kim”", // training
        "Dentrix BAA signed.pdf", // vendors
        "Incident 1: Hygienist's laptop stolen from a car", // incidents
        "Ann Audit", // accounts
        "Entries counted", // audit log summary
        "Audit log intact",
      ]) {
        expect(binder.flat).toContain(fact);
      }
      // The summary counts the audit entries but does not list them one by one.
      expect(binder.flat).toContain("This summary leaves out the");
      expect(binder.flat).not.toContain('"Hash" is the start of each entry');
    });

    it("opens with a parts overview whose page numbers are where the bookmarks lead, and repeats what needs attention", () => {
      const bookmarks = outline(binder.file);
      const parts = bookmarks.filter((item) => item.title.startsWith("Part "));
      expect(parts.map((item) => item.title)).toEqual(PARTS);
      const start = binder.layout.indexOf("What it holds");
      const table = binder.layout.slice(start, binder.layout.indexOf("Part 1: Annual Risk Analysis", start));
      const overview = [...table.matchAll(/^\s*(\d)\. .*?(\d+)\s*$/gm)].map((match) => [Number(match[1]), Number(match[2])]);
      expect(overview).toEqual(parts.map((part, index) => [index + 1, part.destpageposfrom1]));
      expect(binder.flat).toContain("Included. Needs attention: 1 person is overdue for training.");
      expect(binder.flat).toContain("Included. Needs attention: 1 vendor needs action on their Business Associate Agreement.");
      // Each part starts a page of its own, in order.
      const starts = parts.map((part) => part.destpageposfrom1 ?? 0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(new Set(starts).size).toBe(PARTS.length);
    });

    it("nests each part's sections under it in the bookmarks and indents them under it in the contents", () => {
      const parts = outline(binder.file).filter((item) => item.title.startsWith("Part "));
      const kids = (index: number) => parts[index]!.kids.map((kid) => kid.title);
      expect(kids(0)).toEqual(expect.arrayContaining(["About this analysis", "Heat maps", "Risks", "Risk management plan"]));
      expect(kids(1)).toEqual(expect.arrayContaining(["Scores", "Gaps, most serious first", "Addressable decisions"]));
      expect(kids(3)).toEqual(expect.arrayContaining(["The policy set", "Information security program and Security Official"]));
      expect(kids(4)).toEqual(["About this record", "Training topics", "Training sessions", "Training completed", "Workforce and training standing", "Training due", "Signed statements"]);
      expect(kids(6)).toEqual(expect.arrayContaining(["Incident log", "Incident 1: Hygienist's laptop stolen from a car"]));
      expect(kids(8)).toEqual(["About this report", "Integrity of the audit log", "Activity summary", "Entries"]);
      for (const part of parts) {
        for (const kid of part.kids) expect(kid.destpageposfrom1 ?? 0).toBeGreaterThanOrEqual(part.destpageposfrom1 ?? 0);
      }
      const contents = binder.layout.slice(binder.layout.indexOf("Contents"), binder.layout.indexOf("About this binder", binder.layout.indexOf("Contents") + 10));
      expect(contents).toMatch(/^Part 5: Security Awareness Training Record\s+\d+$/m);
      expect(contents).toMatch(/^ {2,}Training completed\s+\d+$/m);
    });

    it("fails pdfsig and verification once a byte is changed", () => {
      const tampered = Buffer.from(binder.bytes);
      const at = tampered.indexOf("Compliance Binder");
      tampered[at] = "c".charCodeAt(0);
      const file = binder.file.replace(/\.pdf$/, "-tampered.pdf");
      writeFileSync(file, tampered);
      expect(poppler("pdfsig", [file]).output).not.toMatch(/Signature Validation: Signature is Valid/);
      expect(verifyPdf(tampered).verdict).not.toBe("valid");
    });
  });

  it("is made from the command line with `report binder --sign`", async () => {
    const temp = makeTempDir("safeguard-binder-cli-");
    try {
      const vault = `${temp.path}/vault`;
      const login = ["--vault", vault, "--user", "maria", "--password-stdin"];
      const init = await runReportCli(["init", "--vault", vault, "--practice", "Smile Dental", "--user", "maria", "--full-name", "Maria Lopez", "--password-stdin"], `${ADMIN.password}\n`);
      expect(init.code).toBe(0);
      const out = `${temp.path}/binder.pdf`;
      const made = await runReportCli(["report", "binder", ...login, "--out", out, "--sign"], `${ADMIN.password}\n`);
      expect(made.stderr).toBe("");
      expect(made.code).toBe(0);
      expect(poppler("pdfsig", [out]).output).toMatch(/Signature is Valid/);
      const verified = await runReportCli(["verify", out]);
      expect(verified.code).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      temp.remove();
    }
  }, 120_000);
});
