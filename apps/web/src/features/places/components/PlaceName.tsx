import { Skeleton, Typography } from 'antd';
import { EMPTY_VALUE } from '../../../shared/lib/format';
import { useMunicipalityName, useOrganizationName, useRegionName } from '../hooks/usePlaces';

function NameText({ name, loading }: { name?: string; loading: boolean }) {
  if (loading) return <Skeleton.Input active size="small" style={{ width: 120 }} />;
  return name ? <>{name}</> : <Typography.Text type="secondary">{EMPTY_VALUE}</Typography.Text>;
}

export function RegionName({ id }: { id: string | null | undefined }) {
  return <NameText {...useRegionName(id)} />;
}

export function MunicipalityName({ id }: { id: string | null | undefined }) {
  return <NameText {...useMunicipalityName(id)} />;
}

export function OrganizationName({ id }: { id: string | null | undefined }) {
  return <NameText {...useOrganizationName(id)} />;
}

/** The most specific place of a record: organization, else municipality, else region, else «вся система». */
export function PlaceName({ place }: { place: { regionId: string | null; municipalityId: string | null; organizationId: string | null } }) {
  if (place.organizationId) return <OrganizationName id={place.organizationId} />;
  if (place.municipalityId) return <MunicipalityName id={place.municipalityId} />;
  if (place.regionId) return <RegionName id={place.regionId} />;
  return <Typography.Text type="secondary">вся система</Typography.Text>;
}
