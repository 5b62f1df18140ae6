/** The most specific place name of an account, for the header and the greeting. */
export function placeTitle(user: { organizationName: string | null; municipalityName: string | null; regionName: string | null }): string {
  return user.organizationName ?? user.municipalityName ?? user.regionName ?? 'Вся система';
}
