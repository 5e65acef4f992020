import { CYCLE_STATE_LABELS, type AnnualCycle } from "../../../../shared/model/dashboard";

const STATE_MARKS = { done: "✓", "in-progress": "…", "not-started": "○" } as const;

/**
 * This year's steps in order, each with where it stands and what to do next. The first step not done
 * is marked as the one to work on now. The state is written out, not only shown by colour.
 */
export function CycleChecklist({ cycle }: { cycle: AnnualCycle }) {
  const next = cycle.steps.find((step) => step.id === cycle.nextStepId) ?? null;
  return (
    <section className="dashboard-cycle" aria-labelledby="cycle-title">
      <h2 id="cycle-title">The {cycle.year} cycle, step by step</h2>
      <p className="dashboard-cycle-summary">
        {cycle.doneCount} of {cycle.steps.length} steps done.{" "}
        {next ? (
          <>
            Next: <a href={next.href}>{next.title}</a>. {next.next}
          </>
        ) : (
          "Every step of this year's cycle is done. Keep the tasks below up to date through the year."
        )}
      </p>
      <ol className="cycle-steps">
        {cycle.steps.map((step) => (
          <li key={step.id} className={`cycle-step cycle-step-${step.state}${step.id === cycle.nextStepId ? " cycle-step-current" : ""}`}>
            <span className={`cycle-state cycle-state-${step.state}`}>
              <span aria-hidden="true">{STATE_MARKS[step.state]} </span>
              {CYCLE_STATE_LABELS[step.state]}
            </span>
            <div className="cycle-step-body">
              <a className="cycle-step-title" href={step.href}>
                {step.title}
              </a>
              {step.id === cycle.nextStepId ? <span className="cycle-next-badge">Next step</span> : null}
              <span className="cycle-step-cfr">45 CFR {step.cfr}</span>
              <p className="cycle-step-status">{step.status}</p>
              {step.next ? (
                <p className="cycle-step-next">
                  <strong>Next:</strong> {step.next}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
