import { IncidentList } from "./IncidentList";
import { IncidentPage } from "./IncidentPage";
import { NewIncidentPage } from "./NewIncidentPage";
import { useIncidentRoute } from "./incidentRoute";

/** Security incidents and breaches: 45 CFR 164.308(a)(6) and the Breach Notification Rule, 164.400 to 164.414. */
export function IncidentsScreen() {
  const route = useIncidentRoute();
  if (route.view === "new") return <NewIncidentPage />;
  if (route.view === "incident") return <IncidentPage key={route.incidentId} incidentId={route.incidentId} />;
  return <IncidentList />;
}
