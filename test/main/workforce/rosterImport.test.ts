import { afterEach, describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/main/workforce/csvText";
import { parseRosterDate } from "../../../src/main/workforce/rosterImport";
import { STAFF, signInAs } from "../../support/assessmentFlows";
import { auditActions, disposeCores, hire, workforceCore } from "./workforceTestKit";

afterEach(disposeCores);

const GOOD_FILE = [
  "\uFEFFName,Job title,Hire date,Termination date,Username,Phone",
  "Ana Ruiz,Front Desk,2026-01-05,,,555-0101",
  '"Lopez, Carmen",Hygienist,3/1/2025,,jamal,555-0102',
  '"Dr. Sam ""Smiley"" Patel",Dentist,11/30/2019,,,',
  "Old Timer,Assistant,2020-02-03,2024-12-31,,",
  "",
].join("\r\n");

const BAD_FILE = [
  "Full name;Title;Start date",
  "Ana Ruiz;Front Desk;2026-01-05",
  ";Hygienist;2026-01-05",
  "Ben Cho;Assistant;2026-02-30",
  "Cy Dunn;Assistant;",
  "ana  ruiz;Front Desk;2026-01-06",
  "Pat Kim;Hygienist;01/02/26",
  "Dee Fox;Assistant;2026-03-01",
].join("\n");

describe("reading CSV text", () => {
  it("handles quotes, doubled quotes, separators and line breaks inside quotes, CRLF and a final line without a break", () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,row,end');
    expect(table.problem).toBeNull();
    expect(table.records.map((record) => [record.rowNumber, record.fields])).toEqual([
      [1, ["a", "b", "c"]],
      [2, ["x, y", 'say "hi"', "two\nlines"]],
      [3, ["last", "row", "end"]],
    ]);
  });

  it("names a row whose quotes do not pair up, and refuses a quote never closed", () => {
    expect(parseCsv('name\n"Ana" Ruiz\nBen').records[1]?.problem).toMatch(/quotation marks do not pair up/);
    expect(parseCsv('name\nAna "Bee" Ruiz').records[1]?.problem).toMatch(/quotation mark in the middle/);
    expect(parseCsv('name\n"Ana\nBen\n').problem).toMatch(/opened on row 2 is never closed/);
  });

  it.each<[string, string | null]>([
    ["2026-03-01", "2026-03-01"],
    ["2026-3-1", "2026-03-01"],
    ["3/1/2026", "2026-03-01"],
    ["12/31/2025", "2025-12-31"],
    ["2/29/2028", "2028-02-29"],
    ["2/29/2027", null],
    ["13/01/2026", null],
    ["3/1/26", null],
    ["March 1, 2026", null],
    ["", null],
  ])("reads the date %j as %j", (text, expected) => {
    expect(parseRosterDate(text)).toBe(expected);
  });
});

describe("importing the roster from a CSV file", () => {
  it("previews a good file without writing anything, then adds every row on confirm", async () => {
    const c = await workforceCore();
    const auditBefore = (await auditActions(c)).length;
    const preview = await c.must("workforce.import.preview", { csvText: GOOD_FILE });
    expect(preview).toMatchObject({ fileProblems: [], ignoredColumns: ["Phone"], goodCount: 4, badCount: 0 });
    expect(preview.rows.map((row) => row.row)).toEqual([
      { rowNumber: 2, fullName: "Ana Ruiz", jobTitle: "Front Desk", hireDate: "2026-01-05", terminationDate: null, username: null },
      { rowNumber: 3, fullName: "Lopez, Carmen", jobTitle: "Hygienist", hireDate: "2025-03-01", terminationDate: null, username: "jamal" },
      { rowNumber: 4, fullName: 'Dr. Sam "Smiley" Patel', jobTitle: "Dentist", hireDate: "2019-11-30", terminationDate: null, username: null },
      { rowNumber: 5, fullName: "Old Timer", jobTitle: "Assistant", hireDate: "2020-02-03", terminationDate: "2024-12-31", username: null },
    ]);
    expect(await c.must("workforce.list", {})).toEqual([]);
    expect((await auditActions(c)).length).toBe(auditBefore);

    await signInAs(c, STAFF);
    const result = await c.must("workforce.import.commit", { rows: preview.rows.flatMap((row) => (row.row ? [row.row] : [])) });
    expect(result.added.map((member) => member.fullName)).toEqual(["Ana Ruiz", "Lopez, Carmen", 'Dr. Sam "Smiley" Patel', "Old Timer"]);
    expect(result.added[1]?.account).toMatchObject({ username: "jamal" });
    const roster = await c.must("workforce.list", {});
    expect(roster.find((entry) => entry.fullName === "Old Timer")).toMatchObject({ terminationDate: "2024-12-31", openRemovalSteps: 4 });
    expect(await auditActions(c)).toEqual(expect.arrayContaining(["workforce.imported", "workforce.member-added", "workforce.member-terminated"]));

    // The same file again: every current person is now a duplicate.
    const again = await c.must("workforce.import.preview", { csvText: GOOD_FILE });
    expect(again.goodCount).toBe(1);
    expect(again.rows.filter((row) => !row.row).map((row) => [row.rowNumber, row.problems[0]])).toEqual([
      [2, "Duplicate: Ana Ruiz is already on the roster."],
      [3, "Duplicate: Lopez, Carmen is already on the roster."],
      [4, 'Duplicate: Dr. Sam "Smiley" Patel is already on the roster.'],
    ]);
  });

  it("reports each bad row by number with what is wrong, and writes nothing until confirmed", async () => {
    const c = await workforceCore();
    const preview = await c.must("workforce.import.preview", { csvText: BAD_FILE });
    expect(preview.fileProblems).toEqual([]);
    expect(preview.goodCount).toBe(2);
    expect(preview.badCount).toBe(5);
    expect(Object.fromEntries(preview.rows.filter((row) => !row.row).map((row) => [row.rowNumber, row.problems]))).toEqual({
      3: ["Name is missing."],
      4: ['Hire date: "2026-02-30" is not a date. Write it as 2026-03-01 or 3/1/2026.'],
      5: ["Hire date is missing."],
      6: ["Duplicate: ana ruiz is also on row 2 of this file."],
      7: ['Hire date: "01/02/26" is not a date. Write it as 2026-03-01 or 3/1/2026.'],
    });
    expect(await c.must("workforce.list", {})).toEqual([]);

    const good = preview.rows.flatMap((row) => (row.row ? [row.row] : []));
    expect(good.map((row) => row.fullName)).toEqual(["Ana Ruiz", "Dee Fox"]);
    const result = await c.must("workforce.import.commit", { rows: good });
    expect(result.added).toHaveLength(2);
    expect((await c.must("workforce.list", {})).map((entry) => entry.fullName)).toEqual(["Ana Ruiz", "Dee Fox"]);
  });

  it("names what is wrong with the file as a whole", async () => {
    const c = await workforceCore();
    const noHire = await c.must("workforce.import.preview", { csvText: "Name,Title\nAna Ruiz,Front Desk\n" });
    expect(noHire.fileProblems).toEqual([expect.stringMatching(/no "Hire date" column/)]);
    expect(noHire.rows).toEqual([]);
    const empty = await c.must("workforce.import.preview", { csvText: "\n\n" });
    expect(empty.fileProblems).toEqual([expect.stringMatching(/file is empty/)]);
    const headerOnly = await c.must("workforce.import.preview", { csvText: "First name,Last name,Hire date\n" });
    expect(headerOnly.fileProblems).toEqual([expect.stringMatching(/nobody under them/)]);
    const split = await c.must("workforce.import.preview", { csvText: "First name,Last name,Hire date\nAna,Ruiz,2026-01-05\n" });
    expect(split.rows[0]?.row).toMatchObject({ fullName: "Ana Ruiz" });
    const extra = await c.must("workforce.import.preview", { csvText: "Name,Hire date\nRuiz, Ana,2026-01-05\n" });
    expect(extra.rows[0]?.problems).toEqual([expect.stringMatching(/more values than the file has columns/)]);
    const leadingBlank = await c.must("workforce.import.preview", { csvText: "\r\nName,Hire date\r\nAna Ruiz,2026-01-05\r\n" });
    expect(leadingBlank.rows.map((row) => [row.rowNumber, row.row?.fullName])).toEqual([[3, "Ana Ruiz"]]);
    const binary = await c.must("workforce.import.preview", { csvText: "PK\u0003\u0004\u0000\u0000" });
    expect(binary.fileProblems).toEqual([expect.stringMatching(/not a text file/)]);
  });

  it("checks the rows again on confirm: if the roster changed since the preview, nobody is added", async () => {
    const c = await workforceCore();
    const preview = await c.must("workforce.import.preview", { csvText: "Name,Hire date,Username\nAna Ruiz,2026-01-05,\nBen Cho,2026-01-06,jamal\n" });
    expect(preview.goodCount).toBe(2);
    await hire(c, "Ana Ruiz", "2026-01-05");
    const rows = preview.rows.flatMap((row) => (row.row ? [row.row] : []));
    const refused = await c.call("workforce.import.commit", { rows });
    expect(refused).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/Nobody was added.*Row 2: Duplicate: Ana Ruiz is already on the roster/) } });
    expect((await c.must("workforce.list", {})).map((entry) => entry.fullName)).toEqual(["Ana Ruiz"]);
    const tampered = await c.call("workforce.import.commit", { rows: [{ ...rows[1]!, hireDate: "2026-02-30" }] });
    expect(tampered).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});
