import { Typography } from 'antd';
import { MunicipalityName, OrganizationName, RegionName } from '../../places/components/PlaceName';
import { ChangeLine, formatChanges, isPlaceField } from '../audit-format';

function PlaceValue({ field, id }: { field: string; id: unknown }) {
  if (typeof id !== 'string' || id === '') return <>—</>;
  if (field === 'regionId') return <RegionName id={id} />;
  if (field === 'municipalityId') return <MunicipalityName id={id} />;
  return <OrganizationName id={id} />;
}

function Line({ line }: { line: ChangeLine }) {
  if (!isPlaceField(line.field)) return <>{line.text}</>;
  return (
    <>
      {line.title}: <PlaceValue field={line.field} id={line.fromRaw} /> → <PlaceValue field={line.field} id={line.toRaw} />
    </>
  );
}

/** The changed fields of an audit entry, one «поле: было → стало» per line; place ids by name. */
export function ChangesList({ changes }: { changes: unknown }) {
  const lines = formatChanges(changes);
  if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul className="sopr-change-list" data-testid="audit-changes">
      {lines.map((line) => (
        <li key={line.field}>
          <Line line={line} />
        </li>
      ))}
    </ul>
  );
}
