import { AREAS, areaHref, type AreaId } from "./areas";

/** The sidebar: one link per area, the current one marked for assistive technology and by style. */
export function MainNav({ current }: { current: AreaId }) {
  return (
    <nav aria-label="Main" className="main-nav">
      <ul>
        {AREAS.map((area) => (
          <li key={area.id}>
            <a href={areaHref(area.id)} aria-current={area.id === current ? "page" : undefined} onClick={area.id === current ? focusHeading : undefined}>
              {area.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Following the link to the page already shown changes nothing, so move focus to its heading as a new page would. */
function focusHeading() {
  document.querySelector<HTMLElement>("#main-content h1")?.focus();
}
