import {
  AimOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  GlobalOutlined,
  HeatMapOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  ReadOutlined,
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
  monitoring: DashboardOutlined,
  monitoringTargets: AimOutlined,
  recommendations: BulbOutlined,
  indicators: ReadOutlined,
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
