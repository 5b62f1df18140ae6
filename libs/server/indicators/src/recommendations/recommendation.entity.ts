import { RecommendationAddressee, RecommendationPriority, RecommendationStatus } from '@sopr/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Who or what a recommendation is about: a teacher, an organization or a competence. */
export interface RecommendationSubject {
  kind: 'STAFF' | 'ORGANIZATION' | 'COMPETENCE';
  id: string;
  name: string;
}

/**
 * A recommendation issued by a rule after a monitoring run: addressed to a teacher, a school or
 * the municipality, with what it is about and the indicator it serves. While one is open, the same
 * rule firing again for the same addressee and matter (its fingerprint) does not issue another.
 */
@Entity('recommendation')
@Index('ux_recommendation_open_fingerprint', ['fingerprint'], { unique: true, where: `status IN ('ISSUED', 'ACCEPTED')` })
@Index('ix_recommendation_municipality_created', ['municipalityId', 'createdAt'])
@Index('ix_recommendation_organization', ['organizationId'])
@Index('ix_recommendation_staff_member', ['staffMemberId'])
export class Recommendation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 40 }) ruleCode: string;
  @Column({ type: 'varchar', length: 16 }) addressee: RecommendationAddressee;
  @Column({ type: 'uuid' }) regionId: string;
  @Column({ type: 'uuid' }) municipalityId: string;
  /** The school it is for (or whose teacher it is for); null when it is the municipality's. */
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  /** The teacher it is for. */
  @Column({ type: 'uuid', nullable: true }) staffMemberId: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) indicatorCode: string | null;
  @Column({ type: 'varchar', length: 8 }) priority: RecommendationPriority;
  @Column({ type: 'varchar', length: 1000 }) text: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) subjects: RecommendationSubject[];
  @Column({ type: 'varchar', length: 300 }) fingerprint: string;
  @Column({ type: 'varchar', length: 16 }) status: RecommendationStatus;
  @Column({ type: 'varchar', length: 1000, nullable: true }) rejectionReason: string | null;
  /** The run whose values made the rule fire. */
  @Column({ type: 'uuid' }) runId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
