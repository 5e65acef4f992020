import { findRequirement } from "../../../../shared/catalog";
import type { RequirementView } from "../../../../shared/model/assessment";
import { ApplicabilityPanel } from "./ApplicabilityPanel";
import { DecisionPanel } from "./DecisionPanel";
import { cfrCitation, plural, REQUIREMENT_STATUS_HINTS, REQUIREMENT_STATUS_LABELS } from "./labels";
import { QuestionCard } from "./QuestionCard";

/** A standard or implementation specification: citation, status, guidance, applicability, decision and questions. */
export function RequirementCard({ requirement }: { requirement: RequirementView }) {
  const entry = findRequirement(requirement.id);
  const name = requirement.specification ?? requirement.standard;
  const titleId = `requirement-${requirement.id}`;
  return (
    <article className="requirement" aria-labelledby={titleId} data-requirement-id={requirement.id}>
      <header className="requirement-header">
        <h3 id={titleId}>
          {name} <span className="heading-cfr">{cfrCitation(requirement.cfr)}</span>
        </h3>
        <span className={`badge badge-${requirement.status}`} title={REQUIREMENT_STATUS_HINTS[requirement.status]}>
          {REQUIREMENT_STATUS_LABELS[requirement.status]}
        </span>
      </header>
      {requirement.specification && entry ? (
        <p className="requirement-standard">
          Part of the standard “{requirement.standard}”, {cfrCitation(entry.standardCfr)}.
        </p>
      ) : null}
      {entry ? (
        <div className="guidance">
          <p>{entry.plainLanguage}</p>
          <p className="hint">{REQUIREMENT_STATUS_HINTS[requirement.status]}</p>
          <details className="guidance-more">
            <summary>How a small practice meets it</summary>
            <p>{entry.smallPracticeExample}</p>
            <p className="hint">Related key activities in NIST SP 800-66 Rev. 2:</p>
            <ul>
              {entry.nistActivities.map((activity) => (
                <li key={activity}>{activity}</li>
              ))}
            </ul>
            {entry.regulatoryNote ? <p className="hint">Note on the regulation’s text: {entry.regulatoryNote}</p> : null}
          </details>
        </div>
      ) : null}
      <ApplicabilityPanel requirement={requirement} name={name} />
      {requirement.applicability.applies ? (
        <>
          {requirement.status === "addressable" ? <DecisionPanel requirement={requirement} name={name} /> : null}
          <ol className="question-list">
            {requirement.questions.map((question, index) => (
              <li key={question.id}>
                <QuestionCard question={question} number={index + 1} of={requirement.questions.length} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="hint">{plural(requirement.questions.length, "question is", "questions are")} left out while this does not apply.</p>
      )}
    </article>
  );
}
