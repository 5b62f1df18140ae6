import type { ProcedureDto } from '@sopr/api-client';
import dayjs from 'dayjs';
import { canModifyProcedure, procedureFormOf, toCreateProcedureBody, toUpdateProcedureBody } from './procedures';

const METHODIST = { regionId: 'r1', municipalityId: 'm1', organizationId: null };
const SYSTEM = { regionId: null, municipalityId: null, organizationId: null };

const procedure: ProcedureDto = {
  id: 'p1', regionId: 'r1', municipalityId: 'm1', organizationId: null, name: 'Входная диагностика', kind: 'CNPPM_ENTRY', subjectId: null, subjectName: null,
  frameworkId: 'f1', competences: [{ id: 'c1', code: 'PROF.METHODICAL', name: 'Методическая' }, { id: 'c2', code: 'FL.MATH', name: 'Математическая' }],
  startsOn: '2026-09-15', endsOn: null, scaleMin: 0, scaleMax: 100, threshold: 60, isCnppm: true, resultCount: 3,
};

describe('procedureFormOf', () => {
  it('starts a new procedure as the ЦНППМ entry diagnostics with the 0–100 scale', () => {
    expect(procedureFormOf(null)).toMatchObject({ kind: 'CNPPM_ENTRY', scaleMin: 0, scaleMax: 100, threshold: null, isCnppm: true, competenceCodes: [] });
  });

  it('fills the form from a procedure', () => {
    const values = procedureFormOf(procedure);
    expect(values.competenceCodes).toEqual(['PROF.METHODICAL', 'FL.MATH']);
    expect(values.startsOn?.format('YYYY-MM-DD')).toBe('2026-09-15');
    expect(values.endsOn).toBeNull();
  });
});

describe('toCreateProcedureBody', () => {
  it("owns the procedure at the caller's place", () => {
    const body = toCreateProcedureBody(
      { ...procedureFormOf(null), name: ' Входная ', competenceCodes: ['FL.MATH'], startsOn: dayjs('2026-09-15'), threshold: 60, isCnppm: true, subjectId: '' },
      METHODIST,
    );
    expect(body).toEqual({
      name: 'Входная', kind: 'CNPPM_ENTRY', subjectId: null, competenceCodes: ['FL.MATH'], startsOn: '2026-09-15', endsOn: null, scaleMin: 0, scaleMax: 100,
      threshold: 60, isCnppm: true, owner: 'MUNICIPALITY', ownerId: 'm1',
    });
  });

  it('takes the chosen region for an account without a place, and the default scale when cleared', () => {
    const body = toCreateProcedureBody({ ...procedureFormOf(null), name: 'X', scaleMin: null, scaleMax: undefined, threshold: 2, ownerId: 'r9' }, SYSTEM);
    expect(body).toMatchObject({ owner: 'REGION', ownerId: 'r9', scaleMin: 0, scaleMax: 100, threshold: 2 });
  });
});

describe('toUpdateProcedureBody', () => {
  it('leaves out an unchanged scale, threshold and competences', () => {
    const body = toUpdateProcedureBody({ ...procedureFormOf(procedure), competenceCodes: ['FL.MATH', 'PROF.METHODICAL'], name: 'Новое имя' }, procedure);
    expect(body).toEqual({ name: 'Новое имя', subjectId: null, startsOn: '2026-09-15', endsOn: null, isCnppm: true });
  });

  it('sends what changed', () => {
    const body = toUpdateProcedureBody({ ...procedureFormOf(procedure), threshold: 55, scaleMax: 50, competenceCodes: ['FL.MATH'] }, procedure);
    expect(body).toMatchObject({ threshold: 55, scaleMax: 50, competenceCodes: ['FL.MATH'] });
    expect(body).not.toHaveProperty('scaleMin');
  });
});

describe('canModifyProcedure', () => {
  it('lets a municipality change its own procedures but not the region’s', () => {
    expect(canModifyProcedure(METHODIST, procedure)).toBe(true);
    expect(canModifyProcedure(METHODIST, { ...procedure, municipalityId: null })).toBe(false);
  });
});
