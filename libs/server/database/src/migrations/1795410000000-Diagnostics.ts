import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_COMPETENCES, DEFAULT_FRAMEWORK_NAME, SELF_ASSESSMENT_QUESTIONNAIRE_SEED } from '@sopr/server-diagnostics';

export class Diagnostics1795410000000 implements MigrationInterface {
  name = 'Diagnostics1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competence_framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid, "version" integer NOT NULL, "name" character varying(200) NOT NULL, "status" character varying(16) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "based_on_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e523bcda435c7dff5ea73fc94e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_competence_framework_default_version" ON "competence_framework" ("version") WHERE region_id IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_competence_framework_version" ON "competence_framework" ("region_id", "version") WHERE region_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "competence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "parent_id" uuid, "code" character varying(40) NOT NULL, "name" character varying(300) NOT NULL, "area" character varying(24) NOT NULL, "sort_order" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_994109fe84a82508e174282df03" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_competence_parent" ON "competence" ("parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_competence_code" ON "competence" ("framework_id", "code") `);
    await queryRunner.query(`CREATE TABLE "diagnostic_procedure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_id" uuid, "organization_id" uuid, "name" character varying(300) NOT NULL, "kind" character varying(24) NOT NULL, "subject_id" uuid, "framework_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "scale_min" numeric(8,2) NOT NULL, "scale_max" numeric(8,2) NOT NULL, "threshold" numeric(8,2) NOT NULL, "is_cnppm" boolean NOT NULL DEFAULT false, "column_mapping" jsonb, "questionnaire_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd6fd7e899b2cb141c69f50c715" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_procedure_organization" ON "diagnostic_procedure" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_procedure_municipality" ON "diagnostic_procedure" ("municipality_id") `);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_procedure_region_starts" ON "diagnostic_procedure" ("region_id", "starts_on") `);
    await queryRunner.query(`CREATE TABLE "diagnostic_score" ("result_id" uuid NOT NULL, "competence_id" uuid NOT NULL, "score" numeric(8,2) NOT NULL, CONSTRAINT "PK_1db54c91a58280115a48fd18347" PRIMARY KEY ("result_id", "competence_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_score_competence" ON "diagnostic_score" ("competence_id") `);
    await queryRunner.query(`CREATE TABLE "diagnostic_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "staff_member_id" uuid NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "taken_on" date NOT NULL, "source" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9cea04a4082f59e620eec689a97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_result_municipality_taken" ON "diagnostic_result" ("municipality_id", "taken_on") `);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_result_organization" ON "diagnostic_result" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_result_staff_taken" ON "diagnostic_result" ("staff_member_id", "taken_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_diagnostic_result_staff" ON "diagnostic_result" ("procedure_id", "staff_member_id") `);
    await queryRunner.query(`CREATE TABLE "deficit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_member_id" uuid NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "competence_code" character varying(40) NOT NULL, "competence_id" uuid NOT NULL, "opened_by_result_id" uuid NOT NULL, "opened_on" date NOT NULL, "procedure_kind" character varying(24) NOT NULL, "status" character varying(16) NOT NULL, "route_item_id" uuid, "closed_by_result_id" uuid, "closed_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c5ce73532098cfa8b4583587dc8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_deficit_closed_by" ON "deficit" ("closed_by_result_id") `);
    await queryRunner.query(`CREATE INDEX "ix_deficit_opened_by" ON "deficit" ("opened_by_result_id") `);
    await queryRunner.query(`CREATE INDEX "ix_deficit_organization" ON "deficit" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_deficit_municipality_competence" ON "deficit" ("municipality_id", "competence_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_deficit_episode" ON "deficit" ("staff_member_id", "competence_code", "opened_by_result_id") `);
    await queryRunner.query(`CREATE TABLE "diagnostic_procedure_competence" ("procedure_id" uuid NOT NULL, "competence_id" uuid NOT NULL, CONSTRAINT "PK_b712649bb2f74f72dc235da5187" PRIMARY KEY ("procedure_id", "competence_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_diagnostic_procedure_competence_competence" ON "diagnostic_procedure_competence" ("competence_id") `);
    await queryRunner.query(`CREATE TABLE "self_assessment_questionnaire" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "title" character varying(300) NOT NULL, "scale_min" smallint NOT NULL, "scale_max" smallint NOT NULL, "scale_labels" jsonb NOT NULL, "threshold" numeric(4,2) NOT NULL, "items" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b579ccc95b83a3c49b97773d171" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_self_assessment_questionnaire_version" ON "self_assessment_questionnaire" ("version") `);
    await queryRunner.query(`CREATE TABLE "self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_member_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "answers" jsonb NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_959d1493830e871c37291fa8f55" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_self_assessment_staff" ON "self_assessment" ("staff_member_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_self_assessment_draft" ON "self_assessment" ("staff_member_id") WHERE status = 'DRAFT'`);
    await queryRunner.query(`ALTER TABLE "competence" ADD CONSTRAINT "fk_competence_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competence" ADD CONSTRAINT "fk_competence_parent" FOREIGN KEY ("parent_id") REFERENCES "competence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure" ADD CONSTRAINT "fk_diagnostic_procedure_subject" FOREIGN KEY ("subject_id") REFERENCES "subject"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure" ADD CONSTRAINT "fk_diagnostic_procedure_framework" FOREIGN KEY ("framework_id") REFERENCES "competence_framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_score" ADD CONSTRAINT "fk_diagnostic_score_result" FOREIGN KEY ("result_id") REFERENCES "diagnostic_result"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_score" ADD CONSTRAINT "fk_diagnostic_score_competence" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" ADD CONSTRAINT "fk_diagnostic_result_procedure" FOREIGN KEY ("procedure_id") REFERENCES "diagnostic_procedure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" ADD CONSTRAINT "fk_diagnostic_result_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deficit" ADD CONSTRAINT "fk_deficit_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deficit" ADD CONSTRAINT "fk_deficit_opened_by_result" FOREIGN KEY ("opened_by_result_id") REFERENCES "diagnostic_result"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "deficit" ADD CONSTRAINT "fk_deficit_closed_by_result" FOREIGN KEY ("closed_by_result_id") REFERENCES "diagnostic_result"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure_competence" ADD CONSTRAINT "fk_procedure_competence_procedure" FOREIGN KEY ("procedure_id") REFERENCES "diagnostic_procedure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure_competence" ADD CONSTRAINT "fk_procedure_competence_competence" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "fk_self_assessment_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "self_assessment" ADD CONSTRAINT "fk_self_assessment_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "self_assessment_questionnaire"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Version 1 of the national competence framework and of the self-diagnostics questionnaire.
    // The seed constants are frozen as version 1; later versions are data made in the product.
    const [{ id: frameworkId }] = await queryRunner.query(
      `INSERT INTO competence_framework (region_id, version, name, status, published_at) VALUES (NULL, 1, $1, 'PUBLISHED', now()) RETURNING id`,
      [DEFAULT_FRAMEWORK_NAME],
    );
    await queryRunner.query(
      `WITH seed AS (SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(code text, name text, area text, "parentCode" text, ord int)),
            ids AS (SELECT seed.*, gen_random_uuid() AS id FROM seed)
       INSERT INTO competence (id, framework_id, parent_id, code, name, area, sort_order)
       SELECT c.id, $1, p.id, c.code, c.name, c.area, c.ord FROM ids c LEFT JOIN ids p ON p.code = c."parentCode"`,
      [frameworkId, JSON.stringify(DEFAULT_COMPETENCES.map((c, ord) => ({ ...c, ord })))],
    );
    const q = SELF_ASSESSMENT_QUESTIONNAIRE_SEED;
    await queryRunner.query(
      `INSERT INTO self_assessment_questionnaire (version, title, scale_min, scale_max, scale_labels, threshold, items) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [q.version, q.title, q.scale.min, q.scale.max, JSON.stringify(q.scale.labels), q.threshold, JSON.stringify(q.items)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "fk_self_assessment_questionnaire"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "fk_self_assessment_staff_member"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure_competence" DROP CONSTRAINT "fk_procedure_competence_competence"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure_competence" DROP CONSTRAINT "fk_procedure_competence_procedure"`);
    await queryRunner.query(`ALTER TABLE "deficit" DROP CONSTRAINT "fk_deficit_closed_by_result"`);
    await queryRunner.query(`ALTER TABLE "deficit" DROP CONSTRAINT "fk_deficit_opened_by_result"`);
    await queryRunner.query(`ALTER TABLE "deficit" DROP CONSTRAINT "fk_deficit_staff_member"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" DROP CONSTRAINT "fk_diagnostic_result_staff_member"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_result" DROP CONSTRAINT "fk_diagnostic_result_procedure"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_score" DROP CONSTRAINT "fk_diagnostic_score_competence"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_score" DROP CONSTRAINT "fk_diagnostic_score_result"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure" DROP CONSTRAINT "fk_diagnostic_procedure_framework"`);
    await queryRunner.query(`ALTER TABLE "diagnostic_procedure" DROP CONSTRAINT "fk_diagnostic_procedure_subject"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP CONSTRAINT "fk_competence_parent"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP CONSTRAINT "fk_competence_framework"`);
    await queryRunner.query(`DROP INDEX "public"."ux_self_assessment_draft"`);
    await queryRunner.query(`DROP INDEX "public"."ix_self_assessment_staff"`);
    await queryRunner.query(`DROP TABLE "self_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."ux_self_assessment_questionnaire_version"`);
    await queryRunner.query(`DROP TABLE "self_assessment_questionnaire"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_procedure_competence_competence"`);
    await queryRunner.query(`DROP TABLE "diagnostic_procedure_competence"`);
    await queryRunner.query(`DROP INDEX "public"."ux_deficit_episode"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_municipality_competence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_opened_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_deficit_closed_by"`);
    await queryRunner.query(`DROP TABLE "deficit"`);
    await queryRunner.query(`DROP INDEX "public"."ux_diagnostic_result_staff"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_result_staff_taken"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_result_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_result_municipality_taken"`);
    await queryRunner.query(`DROP TABLE "diagnostic_result"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_score_competence"`);
    await queryRunner.query(`DROP TABLE "diagnostic_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_procedure_region_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_procedure_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_diagnostic_procedure_organization"`);
    await queryRunner.query(`DROP TABLE "diagnostic_procedure"`);
    await queryRunner.query(`DROP INDEX "public"."ux_competence_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_parent"`);
    await queryRunner.query(`DROP TABLE "competence"`);
    await queryRunner.query(`DROP INDEX "public"."ux_competence_framework_version"`);
    await queryRunner.query(`DROP INDEX "public"."ux_competence_framework_default_version"`);
    await queryRunner.query(`DROP TABLE "competence_framework"`);
  }
}
