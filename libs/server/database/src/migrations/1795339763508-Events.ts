import { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795339763508 implements MigrationInterface {
  name = 'Events1795339763508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_id" uuid, "organization_id" uuid, "name" character varying(300) NOT NULL, "series" character varying(120), "kind" character varying(40) NOT NULL, "level" character varying(16) NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_event_organization" ON "event" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_event_municipality" ON "event" ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_event_region_starts" ON "event" ("region_id", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "event_participation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dad6ba1ce561d80b835e3556750" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_event_participation_organization" ON "event_participation" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_event_participation_staff" ON "event_participation" ("staff_member_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_event_participation" ON "event_participation" ("event_id", "staff_member_id", "role") `);
    await queryRunner.query(`ALTER TABLE "event_participation" ADD CONSTRAINT "fk_event_participation_event" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_participation" ADD CONSTRAINT "fk_event_participation_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_participation" DROP CONSTRAINT "fk_event_participation_staff_member"`);
    await queryRunner.query(`ALTER TABLE "event_participation" DROP CONSTRAINT "fk_event_participation_event"`);
    await queryRunner.query(`DROP INDEX "public"."ux_event_participation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_participation_staff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_participation_organization"`);
    await queryRunner.query(`DROP TABLE "event_participation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_region_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_organization"`);
    await queryRunner.query(`DROP TABLE "event"`);
  }
}
