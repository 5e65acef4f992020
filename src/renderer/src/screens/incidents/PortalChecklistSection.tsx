import type { PortalChecklist } from "../../../../shared/model/incident";

/** The facts the HHS breach portal asks for (45 CFR 164.408), filled where the incident records them. */
export function PortalChecklistSection({ checklist }: { checklist: PortalChecklist }) {
  return (
    <section className="incident-section" aria-labelledby="portal-heading">
      <h2 id="portal-heading">Checklist for the HHS breach portal</h2>
      <p>{checklist.intro}</p>
      {checklist.sections.map((section) => (
        <div key={section.title} className="table-wrap">
          <table className="data-table checklist-table">
            <caption>{section.title}</caption>
            <thead>
              <tr>
                <th scope="col">The portal asks for</th>
                <th scope="col">From this incident</th>
              </tr>
            </thead>
            <tbody>
              {section.items.map((item) => (
                <tr key={item.label}>
                  <th scope="row">
                    {item.label}
                    <span className="hint checklist-hint">{item.hint}</span>
                  </th>
                  <td className="prewrap">{item.value ?? <span className="to-find">To find out before reporting</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
