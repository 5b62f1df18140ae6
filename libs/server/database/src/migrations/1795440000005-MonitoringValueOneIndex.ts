import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringValueOneIndex1795440000005 implements MigrationInterface {
  name = 'MonitoringValueOneIndex1795440000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_monitoring_value_run_organization"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_monitoring_value_run_organization" ON "monitoring_value" ("run_id", "organization_id") `);
  }
}
