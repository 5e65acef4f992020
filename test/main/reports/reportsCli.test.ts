import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../../support/tempVault";
import { poppler, runReportCli } from "./reportTestKit";

const PASSWORD = "correct horse battery";
const temp = makeTempDir("safeguard-report-cli-");
const vault = `${temp.path}/vault`;
const signedFile = `${temp.path}/audit-2026.pdf`;
const login = ["--vault", vault, "--user", "maria", "--password-stdin"];

beforeAll(async () => {
  const init = await runReportCli(["init", "--vault", vault, "--practice", "Smile Dental", "--user", "maria", "--full-name", "Maria Lopez", "--password-stdin"], `${PASSWORD}\n`);
  expect(init.code).toBe(0);
  const year = String(new Date().getFullYear());
  const made = await runReportCli(["report", "audit-log", ...login, "--out", signedFile, "--year", year, "--sign"], `${PASSWORD}\n`);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
  expect(made.stdout).toContain("Signed by Maria Lopez as “Approved by the Security Official”.");
}, 120_000);
afterAll(() => temp.remove());

describe("npm run cli -- report", () => {
  it("writes a signed report that pdfsig accepts", () => {
    expect(poppler("pdfsig", [signedFile]).output).toContain("Signature is Valid");
    expect(poppler("pdfsig", [signedFile]).output).toContain("Total document signed");
  });

  it("writes an unsigned one without --sign, and takes another meaning with --meaning", async () => {
    const unsigned = `${temp.path}/accounts.pdf`;
    const made = await runReportCli(["report", "accounts", ...login, "--out", unsigned], `${PASSWORD}\n`);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Not signed/);
    expect(poppler("pdfsig", [unsigned]).output).toMatch(/does not contain any signatures/);
    const reviewed = `${temp.path}/accounts-reviewed.pdf`;
    const signed = await runReportCli(["report", "accounts", ...login, "--out", reviewed, "--sign", "--meaning", "Reviewed by"], `${PASSWORD}\n`);
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain("as “Reviewed by”");
    expect(signed.stdout).toMatch(/version 2/);
  });

  it("makes a yearly report without its records into a short document that says why it is empty", async () => {
    const result = await runReportCli(["report", "annual-risk-analysis", ...login, "--out", `${temp.path}/risk.pdf`], `${PASSWORD}\n`);
    expect(result.code).toBe(0);
    const text = poppler("pdftotext", [`${temp.path}/risk.pdf`, "-"]).output.replace(/\s+/g, " ");
    expect(text).toContain("There is no risk analysis yet. Start one first; the report is made from it.");
  });

  it("refuses to overwrite a file", async () => {
    const result = await runReportCli(["report", "audit-log", ...login, "--out", signedFile], `${PASSWORD}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists and was left as it is/);
  });

  it.each([
    [["report", "frobnicate", ...login, "--out", "x.pdf"], 'There is no report called "frobnicate"'],
    [["report", "audit-log", ...login], "--out is required"],
    [["report", "audit-log", ...login, "--out", "x.pdf", "--year", "last"], "--year needs a year"],
    [["report", "audit-log", ...login, "--out", "x.pdf", "--meaning", "Reviewed by"], "--meaning goes with --sign"],
    [["verify"], "Name the PDF file to check"],
    [["verify", signedFile, "--vault", vault], "--user is required with --vault"],
  ])("exits 2 with usage for %j", async (args, message) => {
    const result = await runReportCli(args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("npm run cli -- verify", () => {
  it("exits 0 for a valid, unaltered file, and names the signer", async () => {
    const result = await runReportCli(["verify", signedFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^VALID: The signature is valid and the file is unchanged since it was signed by Maria Lopez/);
  });

  it("with the vault, also finds the file in the report register", async () => {
    const result = await runReportCli(["verify", signedFile, ...login], `${PASSWORD}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/It matches the report register: Audit Log Report, Calendar year \d{4}, version 1/);
    expect(result.stdout).toContain("This vault issued that certificate to Maria Lopez.");
  });

  it("exits 1 for a changed file, an extended file and an unsigned file", async () => {
    const bytes = readFileSync(signedFile);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    writeFileSync(`${temp.path}/flipped.pdf`, flipped);
    writeFileSync(`${temp.path}/extended.pdf`, Buffer.concat([bytes, Buffer.from("%extra\n")]));
    const changed = await runReportCli(["verify", `${temp.path}/flipped.pdf`]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/^NOT VALID/);
    const extended = await runReportCli(["verify", `${temp.path}/extended.pdf`]);
    expect(extended.code).toBe(1);
    expect(extended.stdout).toMatch(/^ALTERED/);
    const unsigned = await runReportCli(["verify", `${temp.path}/accounts.pdf`]);
    expect(unsigned.code).toBe(1);
    expect(unsigned.stdout).toMatch(/^NOT SIGNED: This PDF has no digital signature/);
  });

  it("exits 1 for a missing file and for a wrong password", async () => {
    const missing = await runReportCli(["verify", `${temp.path}/nowhere.pdf`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/there is no such file/);
    const wrong = await runReportCli(["verify", signedFile, ...login], "not the password\n");
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/username or password is not right/);
  });
});
