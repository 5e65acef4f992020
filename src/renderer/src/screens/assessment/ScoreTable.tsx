import type { AssessmentResults, SectionResult } from "../../../../shared/model/assessment";
import type { ScoreSummary } from "../../../../shared/rules/assessmentScoring";
import { plural } from "./labels";

/** "½" for half points, so the sums read as the method describes them. */
function points(value: number): string {
  const whole = Math.floor(value);
  return value - whole === 0.5 ? (whole === 0 ? "½" : `${whole}½`) : String(value);
}

function ScoreRow({ label, score, header }: { label: string; score: ScoreSummary; header?: boolean }) {
  const Cell = header ? "th" : "td";
  return (
    <tr>
      <th scope="row">{label}</th>
      <Cell className="numeric score">{score.percent === null ? "—" : `${score.percent}%`}</Cell>
      <Cell className="numeric">{score.answered === 0 ? "—" : `${points(score.points)} of ${score.answered}`}</Cell>
      <Cell className="numeric">{score.met}</Cell>
      <Cell className="numeric">{score.partial}</Cell>
      <Cell className="numeric">{score.notMet}</Cell>
      <Cell className="numeric">{score.unknown}</Cell>
      <Cell className="numeric">{score.notAnsweredYet}</Cell>
      <Cell className="numeric">{score.notApplicable}</Cell>
    </tr>
  );
}

/** The score of each safeguard category and overall, the counts behind them, and the method in words. */
export function ScoreTable({ results }: { results: AssessmentResults }) {
  const { overall } = results;
  return (
    <section className="panel" aria-labelledby="scores-title">
      <h3 id="scores-title">Compliance score</h3>
      <div className="table-wrap">
        <table className="data-table score-table">
          <caption className="visually-hidden">Compliance score by section, with the answers it is worked out from</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className="numeric">
                Score
              </th>
              <th scope="col" className="numeric">
                Points
              </th>
              <th scope="col" className="numeric">
                Fully in place
              </th>
              <th scope="col" className="numeric">
                Partly
              </th>
              <th scope="col" className="numeric">
                No
              </th>
              <th scope="col" className="numeric">
                I don’t know
              </th>
              <th scope="col" className="numeric">
                Not answered yet
              </th>
              <th scope="col" className="numeric">
                Not applicable
              </th>
            </tr>
          </thead>
          <tbody>
            {results.sections.map((section: SectionResult) => (
              <ScoreRow key={section.safeguard} label={section.label} score={section} />
            ))}
          </tbody>
          <tfoot>
            <ScoreRow label="Overall" score={overall} header />
          </tfoot>
        </table>
      </div>
      <h4>How the score is worked out</h4>
      <p>{results.scoringMethod}</p>
      <p className="score-sum">
        {overall.percent === null
          ? "Nothing is answered yet, so there is no score."
          : `Overall: ${points(overall.points)} points from ${plural(overall.answered, "answered question", "answered questions")} = ${overall.percent}%.`}
        {results.notAnsweredYet > 0 ? ` ${plural(results.notAnsweredYet, "question is", "questions are")} not answered yet and not in the score.` : ""}
      </p>
    </section>
  );
}
