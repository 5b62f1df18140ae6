import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { SelfAssessmentCard } from '../components/SelfAssessmentCard';
import { StaffDiagnosticsPanel } from '../components/StaffDiagnosticsPanel';

/** «Моя диагностика»: the teacher's self-diagnostics and his results, dynamics and deficits. */
export function MyDiagnosticsPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title="Моя диагностика" subtitle="Результаты диагностик по компетенциям, профессиональные дефициты и самодиагностика по профстандарту «Педагог»." />
      {user.staffMemberId ? (
        <>
          <SelfAssessmentCard />
          <StaffDiagnosticsPanel staffMemberId={user.staffMemberId} />
        </>
      ) : (
        <PageState empty emptyText="Карточка педагога ещё не связана с учётной записью" />
      )}
    </>
  );
}
