import { Navigate, Route, Routes } from 'react-router-dom';
import { ApiKeysPage } from '../features/api-keys/pages/ApiKeysPage';
import { AuditPage } from '../features/audit/pages/AuditPage';
import { RequirePermissions } from '../features/auth/components/RequirePermissions';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { RequireSection } from '../features/auth/components/RequireSection';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { CompetenceFrameworkPage } from '../features/diagnostics/pages/CompetenceFrameworkPage';
import { DifficultyBankPage } from '../features/diagnostics/pages/DifficultyBankPage';
import { MyDiagnosticsPage } from '../features/diagnostics/pages/MyDiagnosticsPage';
import { ProcedurePage } from '../features/diagnostics/pages/ProcedurePage';
import { ProceduresPage } from '../features/diagnostics/pages/ProceduresPage';
import { ResultImportDetailsPage } from '../features/diagnostics/pages/ResultImportDetailsPage';
import { ResultImportPage } from '../features/diagnostics/pages/ResultImportPage';
import { SelfAssessmentPage } from '../features/diagnostics/pages/SelfAssessmentPage';
import { EventPage } from '../features/events/pages/EventPage';
import { EventsPage } from '../features/events/pages/EventsPage';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage';
import { HomePage } from '../features/home/pages/HomePage';
import { IndicatorsPage } from '../features/monitoring/pages/IndicatorsPage';
import { MonitoringPage } from '../features/monitoring/pages/MonitoringPage';
import { MonitoringRunPage } from '../features/monitoring/pages/MonitoringRunPage';
import { TargetsPage } from '../features/monitoring/pages/TargetsPage';
import { MunicipalitiesPage } from '../features/municipalities/pages/MunicipalitiesPage';
import { OrganizationsPage } from '../features/organizations/pages/OrganizationsPage';
import { ProfilePage } from '../features/profile/pages/ProfilePage';
import { QueuesPage } from '../features/queues/pages/QueuesPage';
import { RecommendationsPage } from '../features/recommendations/pages/RecommendationsPage';
import { RegionsPage } from '../features/regions/pages/RegionsPage';
import { StaffCompositionPage } from '../features/staff/composition/pages/StaffCompositionPage';
import { StaffImportDetailsPage } from '../features/staff/import/pages/StaffImportDetailsPage';
import { StaffImportPage } from '../features/staff/import/pages/StaffImportPage';
import { MyCardPage } from '../features/staff/pages/MyCardPage';
import { StaffCardPage } from '../features/staff/pages/StaffCardPage';
import { StaffListPage } from '../features/staff/pages/StaffListPage';
import { AppLayout } from '../features/shell/components/AppLayout';
import { Permission } from '../shared/lib/permissions';
import { UsersPage } from '../features/users/pages/UsersPage';

/**
 * Pages are bundled, not lazy-loaded: a chunk fetched later fails when the server is down or
 * after a new deploy, and the app itself is small next to antd.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="regions" element={<RequireSection section="regions"><RegionsPage /></RequireSection>} />
          <Route path="municipalities" element={<RequireSection section="municipalities"><MunicipalitiesPage /></RequireSection>} />
          <Route path="organizations" element={<RequireSection section="organizations"><OrganizationsPage /></RequireSection>} />
          <Route path="staff" element={<RequireSection section="staff"><StaffListPage /></RequireSection>} />
          <Route
            path="staff/import"
            element={
              <RequireSection section="staff">
                <RequirePermissions permissions={[Permission.STAFF_WRITE]}>
                  <StaffImportPage />
                </RequirePermissions>
              </RequireSection>
            }
          />
          <Route
            path="staff/import/:id"
            element={
              <RequireSection section="staff">
                <RequirePermissions permissions={[Permission.STAFF_WRITE]}>
                  <StaffImportDetailsPage />
                </RequirePermissions>
              </RequireSection>
            }
          />
          <Route path="staff/composition" element={<RequireSection section="staffComposition"><StaffCompositionPage /></RequireSection>} />
          <Route path="staff/:id" element={<StaffCardPage />} />
          <Route path="my-card" element={<RequireSection section="myCard"><MyCardPage /></RequireSection>} />
          <Route path="events" element={<RequireSection section="events"><EventsPage /></RequireSection>} />
          <Route path="events/:id" element={<RequireSection section="events"><EventPage /></RequireSection>} />
          <Route path="diagnostics" element={<Navigate to="/diagnostics/procedures" replace />} />
          <Route path="diagnostics/procedures" element={<RequireSection section="diagnostics"><ProceduresPage /></RequireSection>} />
          <Route path="diagnostics/procedures/:id" element={<RequireSection section="diagnostics"><ProcedurePage /></RequireSection>} />
          <Route
            path="diagnostics/procedures/:id/import"
            element={
              <RequireSection section="diagnostics">
                <RequirePermissions permissions={[Permission.DIAGNOSTICS_WRITE]}>
                  <ResultImportPage />
                </RequirePermissions>
              </RequireSection>
            }
          />
          <Route
            path="diagnostics/procedures/:id/import/:importId"
            element={
              <RequireSection section="diagnostics">
                <RequirePermissions permissions={[Permission.DIAGNOSTICS_WRITE]}>
                  <ResultImportDetailsPage />
                </RequirePermissions>
              </RequireSection>
            }
          />
          <Route path="diagnostics/bank" element={<RequireSection section="difficultyBank"><DifficultyBankPage /></RequireSection>} />
          <Route path="diagnostics/competences" element={<RequireSection section="competenceFramework"><CompetenceFrameworkPage /></RequireSection>} />
          <Route path="my-diagnostics" element={<RequireSection section="myDiagnostics"><MyDiagnosticsPage /></RequireSection>} />
          <Route path="my-diagnostics/self-assessment" element={<RequireSection section="myDiagnostics"><SelfAssessmentPage /></RequireSection>} />
          <Route path="monitoring" element={<RequireSection section="monitoring"><MonitoringPage /></RequireSection>} />
          <Route path="monitoring/targets" element={<RequireSection section="monitoringTargets"><TargetsPage /></RequireSection>} />
          <Route path="monitoring/:id" element={<RequireSection section="monitoring"><MonitoringRunPage /></RequireSection>} />
          <Route path="recommendations" element={<RequireSection section="recommendations"><RecommendationsPage /></RequireSection>} />
          <Route path="indicators" element={<RequireSection section="indicators"><IndicatorsPage /></RequireSection>} />
          <Route path="users" element={<RequireSection section="users"><UsersPage /></RequireSection>} />
          <Route path="keys" element={<RequireSection section="apiKeys"><ApiKeysPage /></RequireSection>} />
          <Route path="audit" element={<RequireSection section="audit"><AuditPage /></RequireSection>} />
          <Route path="queues" element={<RequireSection section="queues"><QueuesPage /></RequireSection>} />
          <Route path="profile" element={<RequireSection section="profile"><ProfilePage /></RequireSection>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
