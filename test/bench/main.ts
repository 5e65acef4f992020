import { backupFigures } from "./backupBench";
import { type Figure } from "./measure";
import { reportFigures } from "./reportBench";
import { rendererFigures } from "./rendererBench";
import { riskFigures } from "./riskBench";
import { scaleFigures } from "./scaleBench";
import { buildBenchVault } from "./tenYearVault";
import { encryptionFigures, unlockFigures } from "./vaultBench";

/**
 * `npm run bench` prints a table with each figure, its target and the baseline it was measured
 * against in the same run; `npm run -s bench -- --quick` ends with one line of JSON.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const figures: Figure[] = [...(await unlockFigures(quick)), ...(await encryptionFigures(quick)), ...(await reportFigures(quick)), ...(await riskFigures(quick))];
  // The ten-year practice (three years with --quick) is made once and measured by the backup and the scale figures alike.
  const vault = await buildBenchVault(quick);
  try {
    figures.push(...(await backupFigures(vault)), ...(await scaleFigures(vault, quick)));
  } finally {
    vault.remove();
  }
  figures.push(...(await rendererFigures(quick)));
  if (!quick) {
    console.log("Safeguard Desk benchmarks (one run; every ratio compares figures measured side by side)\n");
    for (const figure of figures) {
      const value = Number.isFinite(figure.value) ? String(figure.value) : "—";
      console.log(`${figure.met === null ? "ref   " : figure.met ? "met   " : "MISSED"}  ${figure.name.padEnd(36)} ${value.padStart(9)} ${figure.unit.padEnd(4)} target ${figure.target}`);
      console.log(`        baseline: ${figure.baseline}`);
    }
    const missed = figures.filter((figure) => figure.met === false);
    console.log(missed.length === 0 ? "\nEvery target was met." : `\nTargets missed: ${missed.map((figure) => figure.name).join(", ")}.`);
  } else {
    for (const figure of figures.filter((f) => f.met === false)) console.log(`MISSED ${figure.name}: ${figure.value} ${figure.unit}, target ${figure.target}`);
  }
  console.log(JSON.stringify(Object.fromEntries([...figures.map((figure) => [figure.name, figure.value]), ["targetsMissed", figures.filter((f) => f.met === false).map((f) => f.name)]])));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
