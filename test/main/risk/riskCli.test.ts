import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RiskAnalysisDetail } from "../../../src/shared/model/risk";
import { ADMIN } from "../../support/testCore";
import { find, inputOf, withSuggestedRisks } from "./riskFlows";
import { riskCore, runRiskCli, type Core } from "./riskTestKit";

const cores: Core[] = [];
let folder = "";

beforeAll(async () => {
  const c = await riskCore(cores);
  const { pairs } = await withSuggestedRisks(c);
  const ransomware = find(pairs.server, "ransomware", "No backup");
  await c.must("risk.pairs.update", { id: ransomware.id, pair: inputOf(ransomware, { residualLikelihood: 2, residualImpact: 5, treatment: "mitigate" }) });
  await c.must("risk.mitigations.add", { pairId: ransomware.id, title: "Keep one backup offline", dueDate: "2026-06-30" });
  c.core.close();
  folder = c.folder;
}, 60_000);
afterAll(() => cores.forEach((c) => c.dispose()));

const args = (year: string, format = "json") => ["risk", "--vault", folder, "--user", ADMIN.username, "--password-stdin", "--year", year, "--format", format];

describe("npm run cli -- risk", () => {
  it("prints the year's analysis as JSON: assets, risks, ratings, levels and treatment", async () => {
    const result = await runRiskCli(args("2026"), `${ADMIN.password}\n`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as RiskAnalysisDetail;
    expect(analysis.analysis).toMatchObject({ year: 2026, status: "in-progress" });
    expect(analysis.assets.map((asset) => asset.name).sort()).toEqual(["Front desk computers", "Office server", "Practice management software"]);
    expect(analysis.pairs).toHaveLength(19);
    const ransomware = analysis.pairs.find((pair) => pair.threatId === "ransomware" && pair.assetName === "Office server" && pair.vulnerability.startsWith("No backup"));
    expect(ransomware).toMatchObject({
      inherent: { likelihood: 4, impact: 5, level: "critical" },
      residual: { likelihood: 2, impact: 5, level: "high" },
      treatment: "mitigate",
      treatmentStatus: "mitigating",
      mitigations: [expect.objectContaining({ title: "Keep one backup offline", status: "open", dueDate: "2026-06-30" })],
    });
    expect(analysis.readiness.ready).toBe(false);
  });

  // The arguments are built when the test runs: the vault folder is known only after beforeAll.
  it.each<[string, () => string[], string, number, RegExp]>([
    ["a year without an analysis", () => args("2031"), ADMIN.password, 1, /^There is no risk analysis for 2031 yet\. Start one first\.$/],
    ["a wrong password", () => args("2026"), "not the password", 1, /^The username or password is not right\.$/],
    ["a format other than json", () => args("2026", "xml"), ADMIN.password, 2, /--format must be json/],
    ["a year that isn't one", () => args("26"), ADMIN.password, 2, /--year needs a year like 2026/],
    ["no year", () => args("2026").slice(0, -4).concat(["--format", "json"]), ADMIN.password, 2, /--year is required/],
  ])("fails plainly on %s", async (_, argv, password, code, message) => {
    const result = await runRiskCli(argv(), `${password}\n`);
    expect(result.code).toBe(code);
    expect(result.stderr.trim().split("\n")[0]).toMatch(message);
    expect(result.stdout).toBe("");
  });
});
