import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  GlobalOutlined,
  HeatMapOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { SectionKey } from '../navigation';

const ICONS: Record<SectionKey, React.ComponentType> = {
  home: HomeOutlined,
  regions: GlobalOutlined,
  municipalities: EnvironmentOutlined,
  organizations: BankOutlined,
  staff: SolutionOutlined,
  staffComposition: BarChartOutlined,
  myCard: IdcardOutlined,
  myDiagnostics: LineChartOutlined,
  events: CalendarOutlined,
  diagnostics: ExperimentOutlined,
  difficultyBank: HeatMapOutlined,
  competenceFramework: ApartmentOutlined,
  users: TeamOutlined,
  apiKeys: ApiOutlined,
  audit: AuditOutlined,
  queues: ClusterOutlined,
  profile: UserOutlined,
};

export function SectionIcon({ section }: { section: SectionKey }) {
  const Icon = ICONS[section];
  return <Icon />;
}
