import { MigrationInterface, QueryRunner } from 'typeorm';

/** The scope indexes of staff_member also serve the list's default order and its status filter. */
export class StaffListIndexes1795400000000 implements MigrationInterface {
  name = 'StaffListIndexes1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_region"`);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_organization_name" ON "staff_member" ("organization_id", "last_name", "id", "hired_on", "dismissed_on") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_municipality_name" ON "staff_member" ("municipality_id", "last_name", "id", "hired_on", "dismissed_on") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_region_name" ON "staff_member" ("region_id", "last_name", "id", "hired_on", "dismissed_on") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_region_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_municipality_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_organization_name"`);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_region" ON "staff_member" ("region_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_municipality" ON "staff_member" ("municipality_id", "last_name") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_organization" ON "staff_member" ("organization_id") `);
  }
}
