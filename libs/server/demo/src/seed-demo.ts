import { DataSource } from 'typeorm';
import { ApiKey, User, hashPassword } from '@sopr/server-identity';
import { Municipality, Organization, Region } from '@sopr/server-org-structure';
import { createHash } from 'node:crypto';
import { Role } from '@sopr/shared';
import { today } from '@sopr/server-staff';
import { DEMO_ACCOUNTS, DEMO_API_KEY, DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_REGION } from './demo-data';
import { seedDemoStaff } from './demo-staff';
import { seedDemoEvents } from './demo-events';
import { seedDemoDiagnostics } from './demo-diagnostics';
import { seedDemoMonitoring } from './demo-monitoring';

/**
 * Fills an empty database with the demo region, its municipalities and organizations, one account
 * per role and a demo integration key. Does nothing when any region exists.
 */
export async function seedDemo(dataSource: DataSource, atRiskPoints: number): Promise<boolean> {
  if ((await dataSource.getRepository(Region).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const region = await manager.save(manager.create(Region, DEMO_REGION));
    const municipalities: Municipality[] = [];
    const organizations: Organization[] = [];
    for (const m of DEMO_MUNICIPALITIES) {
      const municipality = await manager.save(manager.create(Municipality, { regionId: region.id, name: m.name, oktmo: m.oktmo }));
      municipalities.push(municipality);
      for (const o of m.organizations) {
        organizations.push(await manager.save(manager.create(Organization, { ...o, regionId: region.id, municipalityId: municipality.id, active: true })));
      }
    }
    const [municipality] = municipalities;
    const school = organizations[0];
    const teacherStaffId = await seedDemoStaff(manager, organizations, new Date().getFullYear());
    await seedDemoEvents(manager, region.id, municipality.id, school.id, new Date().getFullYear());
    await seedDemoDiagnostics(manager, region.id, municipality.id, teacherStaffId);
    await seedDemoMonitoring(manager, region.id, municipalities.map((m) => m.id), today(), atRiskPoints);
    for (const account of DEMO_ACCOUNTS) {
      const place =
        account.place === 'none' ? { regionId: null, municipalityId: null, organizationId: null }
        : account.place === 'region' ? { regionId: region.id, municipalityId: null, organizationId: null }
        : account.place === 'municipality' ? { regionId: region.id, municipalityId: municipality.id, organizationId: null }
        : { regionId: region.id, municipalityId: municipality.id, organizationId: school.id };
      const staffMemberId = account.role === Role.TEACHER ? teacherStaffId : null;
      await manager.save(manager.create(User, { email: account.email, fullName: account.fullName, role: account.role, passwordHash, active: true, staffMemberId, ...place }));
    }
    const [, prefix, secret] = /^sopr_([a-z0-9]{10})_(.+)$/.exec(DEMO_API_KEY)!;
    await manager.save(manager.create(ApiKey, {
      name: 'Демо: региональный портал', prefix, keyHash: createHash('sha256').update(secret).digest('hex'), regionId: region.id, municipalityId: null, createdById: null,
    }));
  });
  return true;
}
