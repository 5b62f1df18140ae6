import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffRegistry1795337687143 implements MigrationInterface {
  name = 'StaffRegistry1795337687143';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "pension_age_rule" ("gender" character varying(8) NOT NULL, "born_from" smallint NOT NULL, "born_to" smallint NOT NULL, "age_months" smallint NOT NULL, CONSTRAINT "PK_f5c65b70a755b5c5cc4de5e3f83" PRIMARY KEY ("gender", "born_from"))`);
    await queryRunner.query(`CREATE TABLE "staff_position" ("staff_member_id" uuid NOT NULL, "position" character varying(40) NOT NULL, "weekly_hours" numeric(5,2), CONSTRAINT "PK_ab16d6fadc54ab096508ce3122f" PRIMARY KEY ("staff_member_id", "position"))`);
    await queryRunner.query(`CREATE TABLE "subject" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "sort_order" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_12eee115462e38d62e5455fc054" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_subject_code" ON "subject" ("code") `);
    await queryRunner.query(`CREATE TABLE "staff_subject" ("staff_member_id" uuid NOT NULL, "subject_id" uuid NOT NULL, "profile_match" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_98c45bd810e7388c94efdf1b04d" PRIMARY KEY ("staff_member_id", "subject_id"))`);
    await queryRunner.query(`CREATE TABLE "staff_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "external_id" character varying(64), "snils" character(11) NOT NULL, "last_name" character varying(80) NOT NULL, "first_name" character varying(80) NOT NULL, "middle_name" character varying(80), "gender" character varying(8) NOT NULL, "birth_date" date NOT NULL, "email" character varying(254), "phone" character varying(32), "education_level" character varying(24) NOT NULL, "education_specialty" character varying(200), "teaching_since" date NOT NULL, "category" character varying(16) NOT NULL DEFAULT 'NONE', "category_assigned_on" date, "employment" character varying(16) NOT NULL DEFAULT 'MAIN', "hired_on" date NOT NULL, "dismissed_on" date, "is_tutor" boolean NOT NULL DEFAULT false, "is_supervisor" boolean NOT NULL DEFAULT false, "is_expert" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_342343208cbc30b3c14a976b0a0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_updated_at" ON "staff_member" ("updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_staff_member_employment" ON "staff_member" ("organization_id", "snils", "employment") WHERE dismissed_on IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_staff_member_external_id" ON "staff_member" ("region_id", "external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_snils" ON "staff_member" ("region_id", "snils") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_region" ON "staff_member" ("region_id") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_municipality" ON "staff_member" ("municipality_id", "last_name") `);
    await queryRunner.query(`CREATE INDEX "ix_staff_member_organization" ON "staff_member" ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "training_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_member_id" uuid NOT NULL, "region_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "program_name" character varying(300) NOT NULL, "provider" character varying(300) NOT NULL, "hours" smallint NOT NULL, "started_on" date NOT NULL, "completed_on" date, "is_cnppm" boolean NOT NULL DEFAULT false, "is_federal_registry" boolean NOT NULL DEFAULT false, "is_ict" boolean NOT NULL DEFAULT false, "certificate_number" character varying(100), "external_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bb21cf01b9f9eaec90b518a9426" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_training_record_external_id" ON "training_record" ("region_id", "external_id") WHERE external_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_training_record_organization" ON "training_record" ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_training_record_staff_completed" ON "training_record" ("staff_member_id", "completed_on") `);
    await queryRunner.query(`ALTER TABLE "staff_position" ADD CONSTRAINT "fk_staff_position_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_subject" ADD CONSTRAINT "fk_staff_subject_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_subject" ADD CONSTRAINT "fk_staff_subject_subject" FOREIGN KEY ("subject_id") REFERENCES "subject"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD CONSTRAINT "fk_staff_member_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_record" ADD CONSTRAINT "fk_training_record_staff_member" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Catalogue of subjects of the federal curriculum (ФОП НОО/ООО/СОО), plus preschool and additional education.
    await queryRunner.query(`INSERT INTO "subject" ("code", "name", "sort_order") VALUES
        ('RUSSIAN', 'Русский язык', 1),
        ('LITERARY_READING', 'Литературное чтение', 2),
        ('LITERATURE', 'Литература', 3),
        ('NATIVE_LANGUAGE', 'Родной язык и родная литература', 4),
        ('ENGLISH', 'Иностранный язык (английский)', 5),
        ('GERMAN', 'Иностранный язык (немецкий)', 6),
        ('FRENCH', 'Иностранный язык (французский)', 7),
        ('MATH', 'Математика', 8),
        ('ALGEBRA', 'Алгебра', 9),
        ('GEOMETRY', 'Геометрия', 10),
        ('PROBABILITY', 'Вероятность и статистика', 11),
        ('INFORMATICS', 'Информатика', 12),
        ('HISTORY', 'История', 13),
        ('SOCIAL_STUDIES', 'Обществознание', 14),
        ('GEOGRAPHY', 'География', 15),
        ('BIOLOGY', 'Биология', 16),
        ('PHYSICS', 'Физика', 17),
        ('CHEMISTRY', 'Химия', 18),
        ('WORLD_AROUND', 'Окружающий мир', 19),
        ('ORKSE', 'Основы религиозных культур и светской этики', 20),
        ('ODNKNR', 'Основы духовно-нравственной культуры народов России', 21),
        ('ART', 'Изобразительное искусство', 22),
        ('MUSIC', 'Музыка', 23),
        ('TECHNOLOGY', 'Труд (технология)', 24),
        ('PHYSICAL_EDUCATION', 'Физическая культура', 25),
        ('OBZR', 'Основы безопасности и защиты Родины', 26),
        ('PRIMARY', 'Начальные классы (все предметы)', 27),
        ('PRESCHOOL', 'Дошкольное образование', 28),
        ('ADDITIONAL', 'Дополнительное образование', 29)`);
    // Pension age in months by gender and birth year, Federal Law 350-FZ transition
    // (men 60 → 65, women 55 → 60; born 1959/1964 +6 months and +18 for 1960/1965 with the 2019–2020 relief).
    await queryRunner.query(`INSERT INTO "pension_age_rule" ("gender", "born_from", "born_to", "age_months") VALUES
        ('MALE', 1900, 1958, 720),
        ('MALE', 1959, 1959, 726),
        ('MALE', 1960, 1960, 738),
        ('MALE', 1961, 1961, 756),
        ('MALE', 1962, 1962, 768),
        ('MALE', 1963, 2100, 780),
        ('FEMALE', 1900, 1963, 660),
        ('FEMALE', 1964, 1964, 666),
        ('FEMALE', 1965, 1965, 678),
        ('FEMALE', 1966, 1966, 696),
        ('FEMALE', 1967, 1967, 708),
        ('FEMALE', 1968, 2100, 720)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "pension_age_rule"`);
    await queryRunner.query(`DELETE FROM "subject"`);
    await queryRunner.query(`ALTER TABLE "training_record" DROP CONSTRAINT "fk_training_record_staff_member"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP CONSTRAINT "fk_staff_member_organization"`);
    await queryRunner.query(`ALTER TABLE "staff_subject" DROP CONSTRAINT "fk_staff_subject_subject"`);
    await queryRunner.query(`ALTER TABLE "staff_subject" DROP CONSTRAINT "fk_staff_subject_staff_member"`);
    await queryRunner.query(`ALTER TABLE "staff_position" DROP CONSTRAINT "fk_staff_position_staff_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_record_staff_completed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_record_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ux_training_record_external_id"`);
    await queryRunner.query(`DROP TABLE "training_record"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_region"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_snils"`);
    await queryRunner.query(`DROP INDEX "public"."ux_staff_member_external_id"`);
    await queryRunner.query(`DROP INDEX "public"."ux_staff_member_employment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_staff_member_updated_at"`);
    await queryRunner.query(`DROP TABLE "staff_member"`);
    await queryRunner.query(`DROP TABLE "staff_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ux_subject_code"`);
    await queryRunner.query(`DROP TABLE "subject"`);
    await queryRunner.query(`DROP TABLE "staff_position"`);
    await queryRunner.query(`DROP TABLE "pension_age_rule"`);
  }
}
