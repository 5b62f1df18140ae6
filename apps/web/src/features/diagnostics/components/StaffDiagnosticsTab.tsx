import { PageHeader } from '../../../shared/components/PageHeader';
import { useStaffMember } from '../../staff/hooks/useStaff';
import { StaffDiagnosticsPanel } from './StaffDiagnosticsPanel';

/** The «Диагностика» tab of a staff card: the heading with the name, then the panel. */
export function StaffDiagnosticsTab({ staffMemberId }: { staffMemberId: string }) {
  const member = useStaffMember(staffMemberId);
  return (
    <>
      <PageHeader title={member.data?.fullName ?? 'Диагностика'} subtitle={member.data ? `Диагностика · ${member.data.organizationName}` : undefined} />
      <StaffDiagnosticsPanel staffMemberId={staffMemberId} />
    </>
  );
}
