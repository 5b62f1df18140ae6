import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffImports1795344517579 implements MigrationInterface {
  name = 'StaffImports1795344517579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "staff_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid, "municipality_id" uuid, "organization_id" uuid, "requested_by" jsonb NOT NULL, "created_by_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "file_size" integer NOT NULL, "default_organization_id" uuid, "status" character varying(16) NOT NULL, "rows_read" integer NOT NULL DEFAULT '0', "total_rows" integer, "to_create" integer NOT NULL DEFAULT '0', "to_update" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "file_errors" jsonb NOT NULL DEFAULT '[]', "failure" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "validated_at" TIMESTAMP WITH TIME ZONE, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6bc4fb0be9416d3712a2c25c55c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_staff_import_organization" ON "staff_import" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_import_municipality" ON "staff_import" ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_import_region_created" ON "staff_import" ("region_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "staff_import_file" ("import_id" uuid NOT NULL, "content" bytea, "staged" bytea, CONSTRAINT "PK_7e3222cfa7adce84b2b57b11cba" PRIMARY KEY ("import_id"))`);
    await queryRunner.query(`CREATE TABLE "staff_import_error" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "import_id" uuid NOT NULL, "row" integer NOT NULL, "column" character varying(100), "message" character varying(500) NOT NULL, CONSTRAINT "PK_cc9f19a7d3e0865c0675c24174f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_staff_import_error_import_row" ON "staff_import_error" ("import_id", "row") `);
    await queryRunner.query(`ALTER TABLE "staff_import_file" ADD CONSTRAINT "fk_staff_import_file_import" FOREIGN KEY ("import_id") REFERENCES "staff_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_import_error" ADD CONSTRAINT "fk_staff_import_error_import" FOREIGN KEY ("import_id") REFERENCES "staff_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_import_error" DROP CONSTRAINT "fk_staff_import_error_import"`);
    await queryRunner.query(`ALTER TABLE "staff_import_file" DROP CONSTRAINT "fk_staff_import_file_import"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_import_error_import_row"`);
    await queryRunner.query(`DROP TABLE "staff_import_error"`);
    await queryRunner.query(`DROP TABLE "staff_import_file"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_import_region_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_import_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_import_organization"`);
    await queryRunner.query(`DROP TABLE "staff_import"`);
  }
}
