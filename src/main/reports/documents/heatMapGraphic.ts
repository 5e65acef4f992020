import type { Content, TableCell } from "pdfmake/interfaces";
import type { HeatMapSide } from "../../../shared/risk/heatMap";
import { RISK_LEVEL_LABELS, RISK_MATRIX, type RiskLevel } from "../../../shared/risk/riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE } from "../../../shared/risk/riskScale";

/**
 * Light tints, each paired with the level's name in the cell, so the map still reads when printed in
 * black and white.
 */
const LEVEL_FILL: Record<RiskLevel, string> = { low: "#e3f1e3", medium: "#fbf0c9", high: "#f8d5b5", critical: "#f2b8b5" };

const CELL_HEIGHT = 34;

function countCell(level: RiskLevel, count: number): TableCell {
  return {
    stack: [
      { text: count === 0 ? "–" : String(count), bold: count > 0, fontSize: count > 0 ? 13 : 10, alignment: "center", color: count > 0 ? "#000000" : "#777777" },
      { text: RISK_LEVEL_LABELS[level], fontSize: 6.5, alignment: "center", color: "#333333" },
    ],
    fillColor: LEVEL_FILL[level],
    margin: [0, 4, 0, 2],
  };
}

/**
 * The likelihood × impact matrix with the number of risks in each cell, drawn as vector table cells
 * (no image), likelihood from "Almost certain" at the top to "Rare" at the bottom.
 */
export function heatMapGraphic(side: HeatMapSide, caption: string): Content {
  const rows: TableCell[][] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const scale = LIKELIHOOD_SCALE[likelihood - 1]!;
    rows.push([
      { text: `${likelihood} ${scale.name}`, fontSize: 7.5, alignment: "right", margin: [0, 10, 4, 0] },
      ...[1, 2, 3, 4, 5].map((impact) => countCell(RISK_MATRIX[likelihood - 1]![impact - 1]!, side.cells[likelihood - 1]![impact - 1]!)),
    ]);
  }
  rows.push([
    { text: "Likelihood by impact", fontSize: 6.5, alignment: "right", color: "#555555", margin: [0, 2, 4, 0] },
    ...IMPACT_SCALE.map((scale) => ({ text: `${scale.value} ${scale.name}`, fontSize: 7.5, alignment: "center" as const, margin: [0, 3, 0, 0] as [number, number, number, number] })),
  ]);
  return {
    stack: [
      { text: caption, bold: true, fontSize: 9.5, margin: [0, 4, 0, 4] },
      {
        table: { widths: [90, 62, 62, 62, 62, 62], heights: (row: number) => (row < 5 ? CELL_HEIGHT : 14), body: rows, dontBreakRows: true },
        layout: {
          hLineWidth: (i: number) => (i <= 5 ? 0.8 : 0),
          vLineWidth: (i: number) => (i >= 1 ? 0.8 : 0),
          hLineColor: () => "#ffffff",
          vLineColor: () => "#ffffff",
          paddingLeft: () => 2,
          paddingRight: () => 2,
          paddingTop: () => 0,
          paddingBottom: () => 0,
        },
      },
      {
        text: side.unrated > 0 ? `${side.unrated} risk${side.unrated === 1 ? " is" : "s are"} not fully rated on this side and appear in no cell.` : "Every risk is rated and counted in one cell.",
        fontSize: 7.5,
        color: "#555555",
        margin: [0, 4, 0, 0],
      },
    ],
    unbreakable: true,
    margin: [0, 4, 0, 10],
  } as Content;
}
