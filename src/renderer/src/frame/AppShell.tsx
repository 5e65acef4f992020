import { useEffect, useMemo, useState } from "react";
import type { PracticeProfile } from "../../../shared/model/practice";
import type { LockReason, SessionInfo } from "../../../shared/model/vaultStatus";
import { useInvoke } from "../api/ApiContext";
import { SessionContext, type SessionValue } from "../app/SessionContext";
import { AuditLogScreen } from "../screens/auditLog/AuditLogScreen";
import { ReportsScreen } from "../screens/reports/ReportsScreen";
import { SettingsScreen } from "../screens/settings/SettingsScreen";
import { DashboardScreen } from "../screens/dashboard/DashboardScreen";
import { RiskAnalysisScreen } from "../screens/risk/RiskAnalysisScreen";
import { IncidentsScreen } from "../screens/incidents/IncidentsScreen";
import { VendorsScreen } from "../screens/vendors/VendorsScreen";
import { AssessmentScreen } from "../screens/assessment/AssessmentScreen";
import { PoliciesScreen } from "../screens/policies/PoliciesScreen";
import { WorkforceScreen } from "../screens/workforce/WorkforceScreen";
import { TasksScreen } from "../screens/tasks/TasksScreen";
import type { AreaId } from "./areas";
import { NoticeBanner, RecoveryKeyBanner } from "./Banners";
import { Header } from "./Header";
import { SamplePracticeBanner } from "./SamplePracticeBanner";
import { MainNav } from "./MainNav";
import { useHashRoute } from "./useHashRoute";

interface AppShellProps {
  session: SessionInfo;
  notice: string | null;
  onDismissNotice: () => void;
  onLock: () => void;
  onSessionEnded: (reason: LockReason | null) => void;
  onRefreshSession: () => Promise<void>;
}

/** The signed-in frame: skip link, header, main navigation and the current area. */
export function AppShell({ session, notice, onDismissNotice, onLock, onSessionEnded, onRefreshSession }: AppShellProps) {
  const invoke = useInvoke();
  const area = useHashRoute();
  const [practice, setPractice] = useState<PracticeProfile | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("practice.get", {}).then((result) => {
      if (live && result.ok) setPractice(result.value);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const value = useMemo<SessionValue>(
    () => ({ session, practice, setPractice, refreshSession: onRefreshSession, lock: onLock, sessionEnded: onSessionEnded }),
    [session, practice, onRefreshSession, onLock, onSessionEnded],
  );

  return (
    <SessionContext.Provider value={value}>
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        Skip to content
      </a>
      <div className="app-frame">
        <Header session={session} practiceName={practice?.name ?? session.practiceName} onLock={onLock} />
        <div className="app-body">
          <MainNav current={area} />
          <main id="main-content" className="app-main" tabIndex={-1}>
            <NoticeBanner message={notice} onDismiss={onDismissNotice} />
            <SamplePracticeBanner session={session} />
            <RecoveryKeyBanner session={session} />
            <AreaPage key={area} area={area} />
          </main>
        </div>
      </div>
    </SessionContext.Provider>
  );
}

/** The skip link must not change the #/area route, so it moves focus itself. */
function skipToContent(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById("main-content")?.focus();
}

/** Every area of the navigation has its screen; a new area without one fails the type check here. */
const AREA_SCREENS: Record<AreaId, () => React.JSX.Element> = {
  dashboard: () => <DashboardScreen />,
  tasks: () => <TasksScreen />,
  assessment: () => <AssessmentScreen />,
  "risk-analysis": () => <RiskAnalysisScreen />,
  policies: () => <PoliciesScreen />,
  workforce: () => <WorkforceScreen />,
  vendors: () => <VendorsScreen />,
  incidents: () => <IncidentsScreen />,
  reports: () => <ReportsScreen />,
  "audit-log": () => <AuditLogScreen />,
  settings: () => <SettingsScreen />,
};

function AreaPage({ area }: { area: AreaId }) {
  return AREA_SCREENS[area]();
}
