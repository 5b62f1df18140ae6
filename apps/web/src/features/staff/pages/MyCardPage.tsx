import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { StaffCard } from '../components/StaffCard';

/** «Моя карточка»: the staff card linked to the account. */
export function MyCardPage() {
  const user = useCurrentUser();
  if (!user.staffMemberId) {
    return (
      <>
        <PageHeader title="Моя карточка" />
        <PageState empty emptyText="Карточка педагога ещё не связана с учётной записью" />
      </>
    );
  }
  return <StaffCard id={user.staffMemberId} title="Моя карточка" />;
}
