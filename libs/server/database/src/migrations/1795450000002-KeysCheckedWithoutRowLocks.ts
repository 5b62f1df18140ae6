import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A results import writes up to 500,000 results and 800,000 deficit episodes in one transaction.
 * A foreign key locks each referenced row (FOR KEY SHARE): 2.7 s for the staff of 500,000 results
 * even checked per statement, 5.2 s for the opening results of 824,740 episodes checked row by row.
 * The lock only guards against a concurrent deletion of the referenced row, which is rare here (a
 * staff record entered by mistake, a result withdrawn). So the deleting side waits instead:
 *
 * - Writing a result checks that its staff member and procedure exist, and writing an episode that
 *   its opening result exists, once per statement and without locking them.
 * - Deleting staff, a procedure or results first takes SHARE ROW EXCLUSIVE on the table whose rows
 *   would reference them (diagnostic_result, deficit). That waits for every transaction still
 *   writing that table; the cascade (or the restrict check) then runs with a fresh snapshot and sees
 *   what they wrote. A writer that comes after the deletion waits for it in turn, and its check
 *   then finds the row gone (the foreign-key SQLSTATE, as before).
 *
 * This relies on READ COMMITTED, where each statement of a trigger function sees what committed
 * before it (the only isolation level the application uses). The mode conflicts with itself, so two
 * deletions take turns instead of deadlocking. The episode's key to its closing result stays a
 * foreign key: only closed episodes pay for it, and it makes TRUNCATE of results cascade to them.
 */
export class KeysCheckedWithoutRowLocks1795450000002 implements MigrationInterface {
  name = 'KeysCheckedWithoutRowLocks1795450000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION diagnostic_result_keys_exist() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE missing uuid;
      BEGIN
        SELECT n.staff_member_id INTO missing FROM new_results n WHERE NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.id = n.staff_member_id) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'diagnostic_result: staff member % does not exist', missing USING ERRCODE = 'foreign_key_violation', TABLE = 'diagnostic_result', COLUMN = 'staff_member_id';
        END IF;
        SELECT n.procedure_id INTO missing FROM new_results n WHERE NOT EXISTS (SELECT 1 FROM diagnostic_procedure p WHERE p.id = n.procedure_id) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'diagnostic_result: procedure % does not exist', missing USING ERRCODE = 'foreign_key_violation', TABLE = 'diagnostic_result', COLUMN = 'procedure_id';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION staff_member_delete_results() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE diagnostic_result IN SHARE ROW EXCLUSIVE MODE;
        DELETE FROM diagnostic_result r USING old_staff o WHERE r.staff_member_id = o.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION diagnostic_procedure_keep_with_results() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE used uuid;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          SELECT procedure_id INTO used FROM diagnostic_result LIMIT 1;
        ELSE
          LOCK TABLE diagnostic_result IN SHARE ROW EXCLUSIVE MODE;
          SELECT r.procedure_id INTO used FROM diagnostic_result r JOIN old_procedures o ON o.id = r.procedure_id LIMIT 1;
        END IF;
        IF FOUND THEN
          RAISE EXCEPTION 'diagnostic_procedure % has results', used USING ERRCODE = 'foreign_key_violation', TABLE = 'diagnostic_result', COLUMN = 'procedure_id';
        END IF;
        RETURN NULL;
      END $$`);

    await queryRunner.query(`ALTER TABLE "deficit" DROP CONSTRAINT "fk_deficit_opened_by_result"`);
    await queryRunner.query(`CREATE FUNCTION deficit_opening_result_exists() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE missing uuid;
      BEGIN
        SELECT n.opened_by_result_id INTO missing FROM new_deficits n
        WHERE NOT EXISTS (SELECT 1 FROM diagnostic_result r WHERE r.id = n.opened_by_result_id) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'deficit: opening result % does not exist', missing USING ERRCODE = 'foreign_key_violation', TABLE = 'deficit', COLUMN = 'opened_by_result_id';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER deficit_opening_result_exists_insert AFTER INSERT ON "deficit"
      REFERENCING NEW TABLE AS new_deficits FOR EACH STATEMENT EXECUTE FUNCTION deficit_opening_result_exists()`);
    await queryRunner.query(`CREATE TRIGGER deficit_opening_result_exists_update AFTER UPDATE ON "deficit"
      REFERENCING NEW TABLE AS new_deficits FOR EACH STATEMENT EXECUTE FUNCTION deficit_opening_result_exists()`);
    await queryRunner.query(`CREATE FUNCTION diagnostic_result_delete_deficits() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE deficit IN SHARE ROW EXCLUSIVE MODE;
        DELETE FROM deficit d USING old_results o WHERE d.opened_by_result_id = o.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER diagnostic_result_delete_deficits AFTER DELETE ON "diagnostic_result"
      REFERENCING OLD TABLE AS old_results FOR EACH STATEMENT EXECUTE FUNCTION diagnostic_result_delete_deficits()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER diagnostic_result_delete_deficits ON "diagnostic_result"`);
    await queryRunner.query(`DROP FUNCTION diagnostic_result_delete_deficits()`);
    await queryRunner.query(`DROP TRIGGER deficit_opening_result_exists_update ON "deficit"`);
    await queryRunner.query(`DROP TRIGGER deficit_opening_result_exists_insert ON "deficit"`);
    await queryRunner.query(`DROP FUNCTION deficit_opening_result_exists()`);
    await queryRunner.query(`ALTER TABLE "deficit" ADD CONSTRAINT "fk_deficit_opened_by_result" FOREIGN KEY ("opened_by_result_id") REFERENCES "diagnostic_result"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION diagnostic_procedure_keep_with_results() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE used uuid;
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          SELECT procedure_id INTO used FROM diagnostic_result LIMIT 1;
        ELSE
          SELECT r.procedure_id INTO used FROM diagnostic_result r JOIN old_procedures o ON o.id = r.procedure_id LIMIT 1;
        END IF;
        IF FOUND THEN
          RAISE EXCEPTION 'diagnostic_procedure % has results', used USING ERRCODE = 'foreign_key_violation', TABLE = 'diagnostic_result', COLUMN = 'procedure_id';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION staff_member_delete_results() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM diagnostic_result r USING old_staff o WHERE r.staff_member_id = o.id; RETURN NULL; END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION diagnostic_result_keys_exist() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE missing uuid;
      BEGIN
        PERFORM 1 FROM staff_member s WHERE s.id IN (SELECT staff_member_id FROM new_results) FOR KEY SHARE OF s;
        SELECT n.staff_member_id INTO missing FROM new_results n WHERE NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.id = n.staff_member_id) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'diagnostic_result: staff member % does not exist', missing USING ERRCODE = 'foreign_key_violation', TABLE = 'diagnostic_result', COLUMN = 'staff_member_id';
        END IF;
        PERFORM 1 FROM diagnostic_procedure p WHERE p.id IN (SELECT procedure_id FROM new_results) FOR KEY SHARE OF p;
        SELECT n.procedure_id INTO missing FROM new_results n WHERE NOT EXISTS (SELECT 1 FROM diagnostic_procedure p WHERE p.id = n.procedure_id) LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'diagnostic_result: procedure % does not exist', missing USING ERRCODE = 'foreign_key_violation', TABLE = 'diagnostic_result', COLUMN = 'procedure_id';
        END IF;
        RETURN NULL;
      END $$`);
  }
}
