import { describe, expect, it } from "vitest";
import { parsePolicyText, sectionsToText } from "../../src/shared/content/policies";
import { acknowledgmentStatement, personNameKey } from "../../src/shared/rules/policyAcknowledgment";
import { describePolicyDiff, diffPolicyText } from "../../src/shared/rules/policyDiff";

const BODY = "## Purpose\n\nKeep things safe.\n\n## Passwords\n\n- Use a passphrase.\n- Never share it.";

describe("policy text", () => {
  it("round-trips sections, paragraphs and lists, leaving out what doesn't apply", () => {
    const text = sectionsToText([
      { heading: "Purpose", blocks: ["Keep things safe.", null, false] },
      false,
      { heading: "Passwords", blocks: [["Use a passphrase.", null, "Never share it."]] },
    ]);
    expect(text).toBe(BODY);
    expect(parsePolicyText(text)).toEqual([
      { kind: "heading", text: "Purpose" },
      { kind: "paragraph", text: "Keep things safe." },
      { kind: "heading", text: "Passwords" },
      { kind: "list", items: ["Use a passphrase.", "Never share it."] },
    ]);
  });

  it("reads text typed by hand: Windows line endings, a list right under a paragraph, a heading without a blank line", () => {
    expect(parsePolicyText("Intro line\r\n- one\r\n- two\r\n## Next\r\nMore")).toEqual([
      { kind: "paragraph", text: "Intro line" },
      { kind: "list", items: ["one", "two"] },
      { kind: "heading", text: "Next" },
      { kind: "paragraph", text: "More" },
    ]);
  });
});

describe("the change summary between versions", () => {
  it.each<[string, string, string, string]>([
    ["no change", BODY, BODY, "No change to the text."],
    ["a line added to one section", BODY, `${BODY}\n- Change it if exposed.`, "1 line added. Changed: “Passwords”."],
    ["a line reworded", BODY, BODY.replace("Keep things safe.", "Keep patient information safe."), "1 line added, 1 line removed. Changed: “Purpose”."],
    ["a new section", BODY, `${BODY}\n\n## Remote access\n\nUse the VPN.`, "2 lines added. New section: “Remote access”."],
    ["a section removed", BODY, "## Purpose\n\nKeep things safe.", "3 lines removed. Removed section: “Passwords”."],
    ["only spacing changed", BODY, BODY.replace("Keep things safe.", "Keep  things   safe.  "), "No change to the text."],
  ])("%s", (_, before, after, expected) => {
    expect(describePolicyDiff(diffPolicyText({ title: "P", body: before }, { title: "P", body: after }))).toBe(expected);
  });

  it("notices a new title", () => {
    expect(describePolicyDiff(diffPolicyText({ title: "Old", body: BODY }, { title: "New", body: BODY }))).toBe("Title changed.");
  });
});

describe("acknowledgment", () => {
  it.each([
    ["Maria Lopez", "maria lopez"],
    ["  maria   LOPEZ ", "maria lopez"],
    ["José Núñez", "josé núñez"],
  ])("name %j compares as %j", (name, key) => {
    expect(personNameKey(name)).toBe(key);
  });

  it("keeps the exact wording with the person's name, the policy, its version and date", () => {
    expect(acknowledgmentStatement("  Sam   Patel ", { practiceName: "Smile Dental", policyTitle: "Sanctions", versionNumber: 2, effectiveFrom: "2026-04-01" })).toBe(
      "I, Sam Patel, have read the Smile Dental policy “Sanctions” (version 2, in effect since April 1, 2026). I understand it and will follow it. I know that breaking it can lead to sanctions under the practice's sanctions policy, and that I should ask the Security Official if anything in it is unclear.",
    );
  });
});
