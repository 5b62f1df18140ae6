export { StaffModule, STAFF_ENTITIES } from './staff.module';
export { StaffMember } from './staff-member.entity';
export { StaffPosition } from './staff-position.entity';
export { StaffSubject } from './staff-subject.entity';
export { Subject } from './subject.entity';
export { TrainingRecord } from './training-record.entity';
export { PensionAgeRule } from './pension-age-rule.entity';
export { staffDerivedSql } from './staff-derived.sql';
export { isValidSnils, normalizeSnils } from './snils';
