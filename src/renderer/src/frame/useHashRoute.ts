import { useEffect, useState } from "react";
import { areaFromHash, type AreaId } from "./areas";

/** The area named in the address's #fragment ("#/audit-log"); links change it, so Back works too. */
export function useHashRoute(): AreaId {
  const [area, setArea] = useState<AreaId>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return area;
}
