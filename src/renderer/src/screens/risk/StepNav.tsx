import { stepHref, type StepId } from "./riskRoute";
import { STEPS } from "./steps";

/** The steps of the analysis as links; the current one is marked for assistive technology. */
export function StepNav({ year, current }: { year: number; current: StepId }) {
  return (
    <nav aria-label="Steps of the analysis" className="step-nav">
      <ol>
        {STEPS.map((step) => (
          <li key={step.id}>
            <a href={stepHref(year, step.id)} aria-current={step.id === current ? "step" : undefined}>
              <span className="step-nav-label">{step.label}</span>
              <span className="step-nav-elements">{step.elements}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
