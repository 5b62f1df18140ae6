import { MigrationInterface, QueryRunner } from 'typeorm';

export class MonitoringSchedules1795440000001 implements MigrationInterface {
  name = 'MonitoringSchedules1795440000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "monitoring_schedule" ("municipality_id" uuid NOT NULL, "region_id" uuid NOT NULL, "cron" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e761fd491450c5f254415fdbde" PRIMARY KEY ("municipality_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "monitoring_schedule"`);
  }
}
