import { MigrationInterface, QueryRunner } from 'typeorm';

export class Monitoring1795440000000 implements MigrationInterface {
  name = 'Monitoring1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "monitoring_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "period_from" date NOT NULL, "as_of" date NOT NULL, "status" character varying(16) NOT NULL, "requested_by" jsonb, "failure" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_af30b73f2dee08c9bc99ef4b504" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_monitoring_run_region_created" ON "monitoring_run" ("region_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_monitoring_run_municipality_as_of" ON "monitoring_run" ("municipality_id", "as_of") `);
    await queryRunner.query(`CREATE TABLE "monitoring_value" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "run_id" uuid NOT NULL, "indicator_code" character varying(40) NOT NULL, "level" character varying(16) NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid, "numerator" integer NOT NULL, "denominator" integer, "value" numeric(12,4), "target" numeric(12,2), "status" character varying(10), "previous_value" numeric(12,4), CONSTRAINT "PK_443ab276e10c7986f423293ff5c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_monitoring_value_run_organization" ON "monitoring_value" ("run_id", "organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_monitoring_value_run_level_code" ON "monitoring_value" ("run_id", "level", "indicator_code") `);
    await queryRunner.query(`CREATE TABLE "indicator_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indicator_code" character varying(40) NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid, "place_id" uuid NOT NULL, "year" smallint NOT NULL, "value" numeric(12,2) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b6a07f7470f3a0f56e73b7a282" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_indicator_target_region_year" ON "indicator_target" ("region_id", "year") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_indicator_target" ON "indicator_target" ("indicator_code", "place_id", "year") `);
    await queryRunner.query(`ALTER TABLE "monitoring_value" ADD CONSTRAINT "fk_monitoring_value_run" FOREIGN KEY ("run_id") REFERENCES "monitoring_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "monitoring_value" DROP CONSTRAINT "fk_monitoring_value_run"`);
    await queryRunner.query(`DROP INDEX "public"."ux_indicator_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_target_region_year"`);
    await queryRunner.query(`DROP TABLE "indicator_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_monitoring_value_run_level_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_monitoring_value_run_organization"`);
    await queryRunner.query(`DROP TABLE "monitoring_value"`);
    await queryRunner.query(`DROP INDEX "public"."ix_monitoring_run_municipality_as_of"`);
    await queryRunner.query(`DROP INDEX "public"."ix_monitoring_run_region_created"`);
    await queryRunner.query(`DROP TABLE "monitoring_run"`);
  }
}
