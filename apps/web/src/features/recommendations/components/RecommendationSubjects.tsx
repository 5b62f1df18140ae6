import type { RecommendationSubjectDto } from '@sopr/api-client';
import { Button, Popover, Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { usePermissions } from '../../auth/hooks/useAuth';
import { subjectHref, subjectName, summariseSubjects } from '../lib/recommendations';

function SubjectName({ subject, readsStaff }: { subject: RecommendationSubjectDto; readsStaff: boolean }) {
  const href = subjectHref(subject, readsStaff);
  const name = subjectName(subject);
  return href ? (
    <Link to={href} title={subject.name} data-testid="recommendation-subject-link">
      {name}
    </Link>
  ) : (
    <span title={subject.kind === 'STAFF' ? subject.name : undefined}>{name}</span>
  );
}

/** Who or what a recommendation is about: a few names (a person's to his card) and «и ещё N», which opens the whole list. */
export function RecommendationSubjects({ subjects }: { subjects: RecommendationSubjectDto[] }) {
  const readsStaff = hasAll(usePermissions(), [Permission.STAFF_READ]);
  if (subjects.length === 0) return null;
  const summary = summariseSubjects(subjects);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="recommendation-subjects" data-count={subjects.length}>
      {summary.shown.map((subject, index) => (
        <Fragment key={`${subject.kind}:${subject.id}`}>
          {index > 0 && ', '}
          <SubjectName subject={subject} readsStaff={readsStaff} />
        </Fragment>
      ))}
      {summary.more > 0 && (
        <>
          {' '}
          <Popover
            trigger="click"
            title={`Всего: ${subjects.length}`}
            content={
              <div style={{ maxHeight: 320, maxWidth: 360, overflowY: 'auto' }} data-testid="recommendation-subjects-all">
                {subjects.map((subject) => (
                  <div key={`${subject.kind}:${subject.id}`}>
                    <SubjectName subject={subject} readsStaff={readsStaff} />
                  </div>
                ))}
              </div>
            }
          >
            <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }} data-testid="recommendation-subjects-more">
              и ещё {summary.more}
            </Button>
          </Popover>
        </>
      )}
    </Typography.Text>
  );
}
