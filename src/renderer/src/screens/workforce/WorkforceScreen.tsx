import { ImportPage } from "./ImportPage";
import { PersonPage } from "./PersonPage";
import { RosterPage } from "./RosterPage";
import { TrainingPage } from "./TrainingPage";
import { useWorkforceRoute } from "./workforceRoute";

/**
 * The Workforce & training area: the roster and who is due for training (45 CFR 164.308(a)(3) and
 * (a)(5)), one person's records and leaving checklist, the training topics and sessions, and the
 * roster import.
 */
export function WorkforceScreen() {
  const route = useWorkforceRoute();
  return (
    <div className="page page-wide workforce-page">
      {route.kind === "person" ? (
        <PersonPage key={route.memberId} memberId={route.memberId} />
      ) : route.kind === "training" ? (
        <TrainingPage />
      ) : route.kind === "import" ? (
        <ImportPage />
      ) : (
        <RosterPage />
      )}
    </div>
  );
}
