import { importHref, rosterHref, trainingHref } from "./workforceRoute";

type Current = "roster" | "training" | "import" | null;

/** The area's own pages as links; the current one is marked "true", since the main navigation already marks the page. */
export function WorkforceNav({ current }: { current: Current }) {
  const link = (href: string, id: Current, label: string) => (
    <li>
      <a href={href} aria-current={current === id ? "true" : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav aria-label="Workforce pages" className="workforce-nav">
      <ul>
        {link(rosterHref(), "roster", "Roster and training due")}
        {link(trainingHref(), "training", "Training topics and sessions")}
        {link(importHref(), "import", "Import the roster from a file")}
      </ul>
    </nav>
  );
}
