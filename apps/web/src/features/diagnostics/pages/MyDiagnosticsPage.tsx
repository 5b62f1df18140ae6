import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MyRecommendationsCard } from '../../recommendations/components/MyRecommendationsCard';
import { SelfAssessmentCard } from '../components/SelfAssessmentCard';
import { StaffDiagnosticsPanel } from '../components/StaffDiagnosticsPanel';

/** «Моя диагностика»: the teacher's open recommendations, self-diagnostics and his results, dynamics and deficits. */
export function MyDiagnosticsPage() {
  const user = useCurrentUser();
  const recommendations = hasAll(user.permissions, [Permission.RECOMMENDATIONS]);
  return (
    <>
      <PageHeader title="Моя диагностика" subtitle="Результаты диагностик по компетенциям, профессиональные дефициты и самодиагностика по профстандарту «Педагог»." />
      {user.staffMemberId ? (
        <>
          {recommendations && <MyRecommendationsCard />}
          <SelfAssessmentCard />
          <StaffDiagnosticsPanel staffMemberId={user.staffMemberId} />
        </>
      ) : (
        <PageState empty emptyText="Карточка педагога ещё не связана с учётной записью" />
      )}
    </>
  );
}
