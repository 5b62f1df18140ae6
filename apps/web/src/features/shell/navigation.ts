import { hasAll, Permission, PermissionName, readsOwnStaffRecordOnly } from '../../shared/lib/permissions';

export type SectionKey =
  | 'home'
  | 'regions'
  | 'municipalities'
  | 'organizations'
  | 'staff'
  | 'staffComposition'
  | 'myCard'
  | 'myDiagnostics'
  | 'events'
  | 'diagnostics'
  | 'difficultyBank'
  | 'competenceFramework'
  | 'monitoring'
  | 'monitoringTargets'
  | 'recommendations'
  | 'indicators'
  | 'users'
  | 'apiKeys'
  | 'audit'
  | 'queues'
  | 'profile';

export interface Section {
  key: SectionKey;
  path: string;
  /** Menu item, breadcrumb and page title. */
  title: string;
  /** Text of the card on the home page. */
  description: string;
  /** All of these permissions are needed to see the section. */
  requires: readonly PermissionName[];
  /** A further condition on the permissions (the staff registry versus a teacher's own card). */
  when?: (permissions: readonly string[]) => boolean;
  /** Shown on the home page as a card. */
  onHome: boolean;
}

/** Every section of the app in menu order. Visibility comes from permissions only, never from role names. */
export const SECTIONS: readonly Section[] = [
  { key: 'home', path: '/', title: 'Главная', description: 'Сводка по вашей учётной записи', requires: [], onHome: false },
  {
    key: 'regions',
    path: '/regions',
    title: 'Регионы',
    description: 'Субъекты РФ, подключённые к системе',
    requires: [Permission.REGION_WRITE],
    onHome: true,
  },
  {
    key: 'municipalities',
    path: '/municipalities',
    title: 'Муниципалитеты',
    description: 'Муниципальные районы и округа региона',
    requires: [Permission.MUNICIPALITY_WRITE],
    onHome: true,
  },
  {
    key: 'organizations',
    path: '/organizations',
    title: 'Организации',
    description: 'Образовательные организации в вашей области доступа',
    requires: [Permission.ORGANIZATION_READ],
    onHome: true,
  },
  {
    key: 'staff',
    path: '/staff',
    title: 'Педагоги',
    description: 'Педагогические работники: должности, стаж, категории, обучение',
    requires: [Permission.STAFF_READ],
    when: (permissions) => !readsOwnStaffRecordOnly(permissions),
    onHome: true,
  },
  {
    key: 'staffComposition',
    path: '/staff/composition',
    title: 'Кадровый состав',
    description: 'Образование, категории, возраст, стаж и обучение педагогов на дату',
    requires: [Permission.STAFF_READ],
    when: (permissions) => !readsOwnStaffRecordOnly(permissions),
    onHome: true,
  },
  {
    key: 'myCard',
    path: '/my-card',
    title: 'Моя карточка',
    description: 'Ваши данные педагога, категория и обучение',
    requires: [Permission.STAFF_READ],
    when: readsOwnStaffRecordOnly,
    onHome: true,
  },
  {
    key: 'myDiagnostics',
    path: '/my-diagnostics',
    title: 'Моя диагностика',
    description: 'Результаты диагностик, дефициты и самодиагностика по профстандарту',
    requires: [Permission.SELF_ASSESSMENT],
    // Like «Моя карточка»: the account of a teacher (a system admin holds every permission but has no card).
    when: readsOwnStaffRecordOnly,
    onHome: true,
  },
  {
    key: 'events',
    path: '/events',
    title: 'Мероприятия',
    description: 'Конкурсы, конференции, семинары и участие в них педагогов',
    requires: [Permission.EVENT_READ],
    onHome: true,
  },
  {
    key: 'diagnostics',
    path: '/diagnostics/procedures',
    title: 'Диагностика',
    description: 'Процедуры диагностики профессиональных компетенций и их результаты',
    requires: [Permission.DIAGNOSTICS_READ],
    when: (permissions) => !readsOwnStaffRecordOnly(permissions),
    onHome: true,
  },
  {
    key: 'difficultyBank',
    path: '/diagnostics/bank',
    title: 'Банк затруднений',
    description: 'Доля педагогов с дефицитами по компетенциям, предметам и организациям',
    requires: [Permission.DIFFICULTY_BANK_READ],
    onHome: true,
  },
  {
    key: 'competenceFramework',
    path: '/diagnostics/competences',
    title: 'Рамка компетенций',
    description: 'Профессиональные компетенции и функциональная грамотность: действующая версия и черновики',
    requires: [Permission.DIAGNOSTICS_READ],
    onHome: true,
  },
  {
    key: 'monitoring',
    path: '/monitoring',
    title: 'Мониторинг',
    description: 'Показатели муниципальных программ на дату: по муниципалитету и организациям, с целями и динамикой',
    requires: [Permission.MONITORING_READ],
    onHome: true,
  },
  {
    key: 'monitoringTargets',
    path: '/monitoring/targets',
    title: 'Цели показателей',
    description: 'Целевые значения показателей на год: региона и муниципалитета',
    requires: [Permission.MONITORING_READ],
    onHome: true,
  },
  {
    key: 'recommendations',
    path: '/recommendations',
    title: 'Рекомендации',
    description: 'Что советуют правила по итогам мониторинга: принять в работу, отметить выполненной или отклонить',
    requires: [Permission.RECOMMENDATIONS],
    onHome: true,
  },
  {
    key: 'indicators',
    path: '/indicators',
    title: 'Каталог показателей',
    description: 'Что означает каждый показатель мониторинга и как он считается',
    requires: [],
    onHome: true,
  },
  {
    key: 'users',
    path: '/users',
    title: 'Пользователи',
    description: 'Учётные записи, роли и доступ',
    requires: [Permission.USER_READ],
    onHome: true,
  },
  {
    key: 'apiKeys',
    path: '/keys',
    title: 'Ключи API',
    description: 'Ключи для подключения внешних систем',
    requires: [Permission.API_KEY_MANAGE],
    onHome: true,
  },
  {
    key: 'audit',
    path: '/audit',
    title: 'Журнал изменений',
    description: 'Кто, когда и что изменил',
    requires: [Permission.AUDIT_READ],
    onHome: true,
  },
  {
    key: 'queues',
    path: '/queues',
    title: 'Очереди',
    description: 'Фоновые задачи (Bull Board)',
    requires: [Permission.QUEUE_ADMIN],
    onHome: true,
  },
  {
    key: 'profile',
    path: '/profile',
    title: 'Профиль',
    description: 'Ваши данные и смена пароля',
    requires: [],
    onHome: true,
  },
];

export function sectionByKey(key: SectionKey): Section {
  const section = SECTIONS.find((candidate) => candidate.key === key);
  if (!section) throw new Error(`Unknown section ${key}`);
  return section;
}

/** The sections a user with these permissions may open, in menu order. */
function opens(section: Section, permissions: readonly string[]): boolean {
  return hasAll(permissions, section.requires) && (section.when?.(permissions) ?? true);
}

export function visibleSections(permissions: readonly string[]): Section[] {
  return SECTIONS.filter((section) => opens(section, permissions));
}

export function canOpen(permissions: readonly string[], key: SectionKey): boolean {
  return opens(sectionByKey(key), permissions);
}

/** The section a location belongs to (longest matching path), for the selected menu item and breadcrumbs. */
export function sectionForPath(pathname: string): Section | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  let best: Section | undefined;
  for (const section of SECTIONS) {
    const matches = section.path === '/' ? path === '/' : path === section.path || path.startsWith(`${section.path}/`);
    if (matches && (!best || section.path.length > best.path.length)) best = section;
  }
  return best;
}
