import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegionRunsAndBreakdowns1795440000004 implements MigrationInterface {
  name = 'RegionRunsAndBreakdowns1795440000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitoring_run" ADD "parent_run_id" uuid`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" ADD "breakdown" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" ADD "breakdown_key" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" ADD "breakdown_name" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "monitoring_run" ALTER COLUMN "municipality_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" ALTER COLUMN "municipality_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_monitoring_run_parent" ON "monitoring_run" ("parent_run_id") `);
    await queryRunner.query(`ALTER TABLE "monitoring_run" ADD CONSTRAINT "fk_monitoring_run_parent" FOREIGN KEY ("parent_run_id") REFERENCES "monitoring_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitoring_run" DROP CONSTRAINT "fk_monitoring_run_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_monitoring_run_parent"`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" ALTER COLUMN "municipality_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "monitoring_run" ALTER COLUMN "municipality_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" DROP COLUMN "breakdown_name"`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" DROP COLUMN "breakdown_key"`);
    await queryRunner.query(`ALTER TABLE "monitoring_value" DROP COLUMN "breakdown"`);
    await queryRunner.query(`ALTER TABLE "monitoring_run" DROP COLUMN "parent_run_id"`);
  }
}
