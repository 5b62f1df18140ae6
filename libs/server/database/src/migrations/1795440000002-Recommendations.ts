import { MigrationInterface, QueryRunner } from 'typeorm';

export class Recommendations1795440000002 implements MigrationInterface {
  name = 'Recommendations1795440000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_code" character varying(40) NOT NULL, "addressee" character varying(16) NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid, "staff_member_id" uuid, "indicator_code" character varying(40), "priority" character varying(8) NOT NULL, "text" character varying(1000) NOT NULL, "subjects" jsonb NOT NULL DEFAULT '[]', "fingerprint" character varying(300) NOT NULL, "status" character varying(16) NOT NULL, "rejection_reason" character varying(1000), "run_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_recommendation_staff_member" ON "recommendation" ("staff_member_id") `);
    await queryRunner.query(`CREATE INDEX "ix_recommendation_organization" ON "recommendation" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_recommendation_municipality_created" ON "recommendation" ("municipality_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_recommendation_open_fingerprint" ON "recommendation" ("fingerprint") WHERE status IN ('ISSUED', 'ACCEPTED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ux_recommendation_open_fingerprint"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recommendation_municipality_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recommendation_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recommendation_staff_member"`);
    await queryRunner.query(`DROP TABLE "recommendation"`);
  }
}
