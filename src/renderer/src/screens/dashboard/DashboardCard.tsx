import { useId, type ReactNode } from "react";

/** One titled card of the dashboard; `tone` marks a card that needs attention now. */
export function DashboardCard({ title, children, tone, wide, className }: { title: string; children: ReactNode; tone?: "urgent"; wide?: boolean; className?: string }) {
  const id = useId();
  const classes = ["dashboard-card", tone === "urgent" ? "dashboard-card-urgent" : "", wide ? "dashboard-card-wide" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <section className={classes} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A large figure that opens the records behind it: the number, then what it counts. */
export function FigureLink({ href, value, label }: { href: string; value: string; label: string }) {
  return (
    <a className="dashboard-figure" href={href}>
      <span className="dashboard-figure-value">{value}</span> <span className="dashboard-figure-label">{label}</span>
    </a>
  );
}
