export enum OrganizationKind {
  SCHOOL = 'SCHOOL',
  PRESCHOOL = 'PRESCHOOL',
  ADDITIONAL = 'ADDITIONAL',
  METHODICAL_CENTER = 'METHODICAL_CENTER',
}

export const ORGANIZATION_KIND_TITLES: Record<OrganizationKind, string> = {
  [OrganizationKind.SCHOOL]: 'Общеобразовательная организация',
  [OrganizationKind.PRESCHOOL]: 'Дошкольная образовательная организация',
  [OrganizationKind.ADDITIONAL]: 'Организация дополнительного образования',
  [OrganizationKind.METHODICAL_CENTER]: 'Методический центр',
};
