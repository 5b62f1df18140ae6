import { OrganizationKind, Role } from '@sopr/shared';

export const DEMO_PASSWORD = 'Demo-2026!';
/** The demo integration key (region-wide). Demo databases only; never seeded in production. */
export const DEMO_API_KEY = 'sopr_demoportal_DemoKeyForTheRegionalPortalOnlyInDemoData01';

export const DEMO_REGION = { code: '43', name: 'Кировская область' };

type DemoOrganization = { name: string; shortName: string; kind: OrganizationKind; address: string };

export const DEMO_MUNICIPALITIES: { name: string; oktmo: string; organizations: DemoOrganization[] }[] = [
  {
    name: 'Верхнекамский муниципальный округ',
    oktmo: '33607000',
    organizations: [
      { name: 'МКОУ «Средняя школа № 1 г. Кирса»', shortName: 'СШ № 1 г. Кирса', kind: OrganizationKind.SCHOOL, address: 'г. Кирс, ул. Кирова, 12' },
      { name: 'МКОУ «Средняя школа № 2 г. Кирса»', shortName: 'СШ № 2 г. Кирса', kind: OrganizationKind.SCHOOL, address: 'г. Кирс, ул. Ленина, 3' },
      { name: 'МКОУ «Средняя школа пгт Рудничный»', shortName: 'СШ пгт Рудничный', kind: OrganizationKind.SCHOOL, address: 'пгт Рудничный, ул. Школьная, 1' },
      { name: 'МКОУ «Средняя школа пгт Лесной»', shortName: 'СШ пгт Лесной', kind: OrganizationKind.SCHOOL, address: 'пгт Лесной, ул. Кирова, 7' },
      { name: 'МКОУ «Основная школа с. Лойно»', shortName: 'ОШ с. Лойно', kind: OrganizationKind.SCHOOL, address: 'с. Лойно, ул. Центральная, 5' },
      { name: 'МКДОУ «Детский сад № 3 г. Кирса»', shortName: 'Детский сад № 3', kind: OrganizationKind.PRESCHOOL, address: 'г. Кирс, ул. Кошкина, 8' },
      { name: 'МКДОУ «Детский сад № 5 г. Кирса»', shortName: 'Детский сад № 5', kind: OrganizationKind.PRESCHOOL, address: 'г. Кирс, ул. Гоголя, 20' },
      { name: 'МКДОУ «Детский сад пгт Рудничный»', shortName: 'Детский сад Рудничный', kind: OrganizationKind.PRESCHOOL, address: 'пгт Рудничный, ул. Заводская, 2' },
      { name: 'МКУ ДО «Дом детского творчества г. Кирса»', shortName: 'ДДТ г. Кирса', kind: OrganizationKind.ADDITIONAL, address: 'г. Кирс, ул. Советская, 15' },
      { name: 'МКУ ДО «Детско-юношеская спортивная школа»', shortName: 'ДЮСШ', kind: OrganizationKind.ADDITIONAL, address: 'г. Кирс, ул. Спортивная, 1' },
      { name: 'МКУ «Информационно-методический центр Верхнекамского округа»', shortName: 'ИМЦ Верхнекамского округа', kind: OrganizationKind.METHODICAL_CENTER, address: 'г. Кирс, ул. Кирова, 16' },
    ],
  },
  {
    name: 'Слободской муниципальный район',
    oktmo: '33635000',
    organizations: [
      { name: 'МКОУ «Средняя школа с. Шестаково»', shortName: 'СШ с. Шестаково', kind: OrganizationKind.SCHOOL, address: 'с. Шестаково, ул. Трактовая, 10' },
      { name: 'МКОУ «Средняя школа д. Стулово»', shortName: 'СШ д. Стулово', kind: OrganizationKind.SCHOOL, address: 'д. Стулово, ул. Садовая, 4' },
      { name: 'МКОУ «Средняя школа пгт Вахруши»', shortName: 'СШ пгт Вахруши', kind: OrganizationKind.SCHOOL, address: 'пгт Вахруши, ул. Ленина, 25' },
      { name: 'МКОУ «Основная школа с. Ильинское»', shortName: 'ОШ с. Ильинское', kind: OrganizationKind.SCHOOL, address: 'с. Ильинское, ул. Молодёжная, 2' },
      { name: 'МКДОУ «Детский сад «Колосок» пгт Вахруши»', shortName: 'Детский сад «Колосок»', kind: OrganizationKind.PRESCHOOL, address: 'пгт Вахруши, ул. Кооперативная, 6' },
      { name: 'МКДОУ «Детский сад с. Шестаково»', shortName: 'Детский сад Шестаково', kind: OrganizationKind.PRESCHOOL, address: 'с. Шестаково, ул. Новая, 3' },
      { name: 'МКУ ДО «Центр детского творчества Слободского района»', shortName: 'ЦДТ Слободского района', kind: OrganizationKind.ADDITIONAL, address: 'пгт Вахруши, ул. Горького, 11' },
      { name: 'МКУ «Методический центр Слободского района»', shortName: 'Методический центр', kind: OrganizationKind.METHODICAL_CENTER, address: 'г. Слободской, ул. Советская, 86' },
    ],
  },
];

/** One account per role; `place` says where in the demo hierarchy it sits. */
export const DEMO_ACCOUNTS: { email: string; fullName: string; role: Role; place: 'none' | 'region' | 'municipality' | 'school' }[] = [
  { email: 'admin@demo.sopr.ru', fullName: 'Системный администратор', role: Role.SYSTEM_ADMIN, place: 'none' },
  { email: 'region@demo.sopr.ru', fullName: 'Морозова Елена Викторовна', role: Role.REGIONAL_ADMIN, place: 'region' },
  { email: 'uo@demo.sopr.ru', fullName: 'Шулаков Андрей Николаевич', role: Role.MUNICIPAL_ADMIN, place: 'municipality' },
  { email: 'metodist@demo.sopr.ru', fullName: 'Бушмелева Ольга Александровна', role: Role.MUNICIPAL_METHODIST, place: 'municipality' },
  { email: 'school@demo.sopr.ru', fullName: 'Кощеева Наталья Ивановна', role: Role.SCHOOL_ADMIN, place: 'school' },
  { email: 'teacher@demo.sopr.ru', fullName: 'Пестова Анна Сергеевна', role: Role.TEACHER, place: 'school' },
];
