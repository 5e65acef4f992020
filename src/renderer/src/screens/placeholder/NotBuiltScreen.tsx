import { PageHeading } from "../../components/PageHeading";
import { areaLabel, type AreaId } from "../../frame/areas";
import { PLANNED_AREAS } from "./plannedAreas";

/** An honest page for an area that does not exist yet: what it will do, and that it is not built. */
export function NotBuiltScreen({ area }: { area: AreaId }) {
  const planned = PLANNED_AREAS[area];
  return (
    <section className="page" aria-labelledby="page-title">
      <PageHeading id="page-title">{areaLabel(area)}</PageHeading>
      {planned ? (
        <>
          <p className="lead">{planned.purpose}</p>
          <p>{planned.covers}</p>
        </>
      ) : null}
      <p className="not-built">This area is not built yet.</p>
    </section>
  );
}
