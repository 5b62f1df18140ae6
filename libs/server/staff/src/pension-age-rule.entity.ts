import { Gender } from '@sopr/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Pension age by gender and birth year (Federal Law 350-FZ transition), as data: SQL joins it,
 * and a change of the law is a new row, not a code change.
 */
@Entity('pension_age_rule')
export class PensionAgeRule {
  @PrimaryColumn({ type: 'varchar', length: 8 }) gender: Gender;
  @PrimaryColumn({ type: 'smallint' }) bornFrom: number;
  @Column({ type: 'smallint' }) bornTo: number;
  /** Age in months at which the pension age is reached. */
  @Column({ type: 'smallint' }) ageMonths: number;
}
