import { describe, expect, it } from "vitest";
import { findQuestion } from "../../src/shared/catalog";
import { ASSET_KIND_INFO, ASSET_KINDS, EPHI_KINDS } from "../../src/shared/risk/assetKinds";
import { DENTAL_ASSET_TEMPLATES, findAssetTemplate } from "../../src/shared/risk/dentalAssetTemplates";
import { RATINGS } from "../../src/shared/risk/riskScale";
import { suggestionEntries, suggestPairs } from "../../src/shared/risk/suggestedPairs";
import { findThreat, findVulnerability, THREAT_GROUPS, THREATS } from "../../src/shared/risk/threatCatalog";

const unique = <T>(values: readonly T[]) => new Set(values).size === values.length;

describe("the threat catalog", () => {
  it("has unique threat ids, and unique weakness ids within each threat", () => {
    expect(unique(THREATS.map((threat) => threat.id))).toBe(true);
    for (const threat of THREATS) expect(unique(threat.vulnerabilities.map((v) => v.id)), threat.id).toBe(true);
  });

  it.each([
    "ransomware",
    "phishing",
    "lost-device",
    "insider-snooping",
    "misdirected-communication",
    "vendor-breach",
    "hardware-failure",
    "power-outage",
    "fire",
    "water-damage",
    "improper-disposal",
    "malware",
    "weak-passwords",
    "unpatched-software",
    "theft-burglary",
    "flood",
    "severe-storm",
    "earthquake",
    "software-failure",
    "unauthorized-remote-access",
    "phone-social-engineering",
  ])("covers the reasonably anticipated threat %s", (id) => {
    expect(findThreat(id)).toBeDefined();
  });

  it("fills every group, and every threat has a description, weaknesses and what it endangers", () => {
    for (const group of THREAT_GROUPS) expect(THREATS.some((threat) => threat.group === group), group).toBe(true);
    for (const threat of THREATS) {
      expect(threat.description.length, threat.id).toBeGreaterThan(20);
      expect(threat.vulnerabilities.length, threat.id).toBeGreaterThanOrEqual(2);
      expect(threat.affects.length, threat.id).toBeGreaterThan(0);
      for (const v of threat.vulnerabilities) expect(v.text).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("links only to assessment questions that exist", () => {
    for (const threat of THREATS) {
      expect(threat.relatedQuestionIds.length, threat.id).toBeGreaterThan(0);
      for (const id of threat.relatedQuestionIds) expect(findQuestion(id), `${threat.id} → ${id}`).toBeDefined();
    }
  });
});

describe("suggested threat-vulnerability pairs", () => {
  it.each(ASSET_KINDS)("for %s: at least two, each naming an existing threat and weakness, rated 1 to 5, none twice", (kind) => {
    const entries = suggestionEntries(kind);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      expect(findVulnerability(entry.threatId, entry.vulnerabilityId), `${entry.threatId}/${entry.vulnerabilityId}`).toBeDefined();
      expect(RATINGS).toContain(entry.likelihood);
      expect(RATINGS).toContain(entry.impact);
    }
    expect(unique(entries.map((entry) => `${entry.threatId}/${entry.vulnerabilityId}`))).toBe(true);
  });

  it("fills in names, words, the level and the threat's control questions", () => {
    const [first] = suggestPairs("server");
    expect(first).toEqual({
      threatId: "ransomware",
      threatName: "Ransomware",
      vulnerabilityId: "no-offline-backup",
      vulnerability: "No backup copy is offline or otherwise out of the attackers' reach.",
      inherentLikelihood: 4,
      inherentImpact: 5,
      inherentLevel: "critical",
      controlQuestionIds: ["q-308a7iiA-2", "q-308a5iiB-1", "q-312c1-2", "q-308a7iiD-1"],
    });
  });

  it("suggests a threat for most threats in the catalog somewhere", () => {
    const used = new Set(ASSET_KINDS.flatMap((kind) => suggestionEntries(kind).map((entry) => entry.threatId)));
    expect(THREATS.filter((threat) => !used.has(threat.id)).map((threat) => threat.id)).toEqual([]);
  });
});

describe("the dental starter assets", () => {
  it("has about twenty, with unique ids and names", () => {
    expect(DENTAL_ASSET_TEMPLATES.length).toBeGreaterThanOrEqual(20);
    expect(unique(DENTAL_ASSET_TEMPLATES.map((template) => template.id))).toBe(true);
    expect(unique(DENTAL_ASSET_TEMPLATES.map((template) => template.name))).toBe(true);
  });

  it("uses known kinds and kinds of patient information, each once", () => {
    for (const template of DENTAL_ASSET_TEMPLATES) {
      expect(ASSET_KINDS).toContain(template.kind);
      expect(unique(template.ephiKinds), template.id).toBe(true);
      for (const kind of template.ephiKinds) expect(EPHI_KINDS).toContain(kind);
      expect(template.hint.length, template.id).toBeGreaterThan(20);
    }
  });

  it("has data flows only to other starter assets that exist, or to a named vendor", () => {
    for (const template of DENTAL_ASSET_TEMPLATES) {
      for (const flow of template.flowsTo) {
        if ("toTemplateId" in flow) {
          expect(findAssetTemplate(flow.toTemplateId), `${template.id} → ${flow.toTemplateId}`).toBeDefined();
          expect(flow.toTemplateId).not.toBe(template.id);
        } else {
          expect(flow.vendorName.trim()).not.toBe("");
        }
      }
    }
  });

  it("covers each group of places ePHI lives: software, devices, paper-to-electronic, locations and vendors", () => {
    const groups = new Set(DENTAL_ASSET_TEMPLATES.map((template) => ASSET_KIND_INFO[template.kind].group));
    expect(groups).toEqual(new Set(["software", "device", "paper-to-electronic", "location", "vendor"]));
  });
});
