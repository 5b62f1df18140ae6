import {
  ACTIONS, addresseeTitle, emptyListText, ADDRESSEE_OPTIONS, allowedActions, isOpen, priorityColor, priorityTitle, RULE_OPTIONS, ruleTitle, secondStatusWindow, shortPersonName,
  STATUS_FILTER_OPTIONS, statusColor, statusesOf, statusFilterOf, statusFilterParam, statusTitle, subjectHref, subjectName, summariseSubjects,
} from './recommendations';

const person = (name: string) => ({ kind: 'STAFF' as const, id: name, name });

describe('titles', () => {
  it('names every rule of the server in Russian and shows an unknown one by its code', () => {
    expect(ruleTitle('diagnose')).toBe('Диагностика');
    expect(ruleTitle('training-due')).toBe('Повышение квалификации');
    expect(ruleTitle('category-expiring')).toBe('Аттестация');
    expect(ruleTitle('lagging-org')).toBe('Отстающая организация');
    expect(ruleTitle('deficit-topic')).toBe('Тема для методобъединения');
    expect(ruleTitle('new-rule')).toBe('new-rule');
    expect(RULE_OPTIONS.map((option) => option.value)).toEqual(['diagnose', 'training-due', 'category-expiring', 'lagging-org', 'deficit-topic']);
  });

  it('takes priorities, addressees and statuses from the shared vocabularies', () => {
    expect(priorityTitle('HIGH')).toBe('Высокий');
    expect(priorityColor('HIGH')).toBe('red');
    expect(priorityColor('LOW')).toBe('default');
    expect(addresseeTitle('SCHOOL')).toBe('Администрации школы');
    expect(ADDRESSEE_OPTIONS.map((option) => option.value)).toEqual(['TEACHER', 'SCHOOL', 'MUNICIPALITY']);
    expect(statusTitle('ACCEPTED')).toBe('Принята в работу');
    expect(statusTitle('UNKNOWN')).toBe('UNKNOWN');
    expect(statusColor('DONE')).toBe('success');
    expect(statusColor('UNKNOWN')).toBe('default');
  });
});

describe('the status filter', () => {
  it('offers the open ones first, each status, then all', () => {
    expect(STATUS_FILTER_OPTIONS.map((option) => option.label)).toEqual(['Открытые', 'Выдана', 'Принята в работу', 'Выполнена', 'Отклонена', 'Все']);
  });

  it('defaults to the open ones, which the URL leaves out', () => {
    expect(statusFilterOf(undefined)).toBe('OPEN');
    expect(statusFilterOf('nonsense')).toBe('OPEN');
    expect(statusFilterOf('DONE')).toBe('DONE');
    expect(statusFilterOf('ALL')).toBe('ALL');
    expect(statusFilterParam('OPEN')).toBeUndefined();
    expect(statusFilterParam('REJECTED')).toBe('REJECTED');
  });

  it('asks the API for two statuses for the open ones, one for a status and none for all', () => {
    expect(statusesOf('OPEN')).toEqual(['ISSUED', 'ACCEPTED']);
    expect(statusesOf('ALL')).toEqual([]);
    expect(statusesOf('DONE')).toEqual(['DONE']);
    expect(isOpen('ISSUED')).toBe(true);
    expect(isOpen('ACCEPTED')).toBe(true);
    expect(isOpen('DONE')).toBe(false);
    expect(isOpen('REJECTED')).toBe(false);
  });
});

describe('the empty list', () => {
  it('says what was asked for', () => {
    expect(emptyListText('OPEN', false)).toBe('Открытых рекомендаций нет');
    expect(emptyListText('ALL', false)).toBe('Рекомендаций нет');
    expect(emptyListText('DONE', false)).toBe('Рекомендаций нет в статусе «Выполнена»');
    expect(emptyListText('OPEN', true)).toBe('Открытых рекомендаций нет по условиям отбора');
    expect(emptyListText('ALL', true)).toBe('Рекомендаций нет по условиям отбора');
    expect(emptyListText('REJECTED', true)).toBe('Рекомендаций нет в статусе «Отклонена» по условиям отбора');
  });
});

describe('allowedActions', () => {
  it('lets the addressee accept or reject an issued one and finish or reject an accepted one', () => {
    expect(allowedActions({ status: 'ISSUED', canAct: true })).toEqual(['accept', 'reject']);
    expect(allowedActions({ status: 'ACCEPTED', canAct: true })).toEqual(['done', 'reject']);
  });

  it('offers nothing on a closed one or to anyone but the addressee', () => {
    expect(allowedActions({ status: 'DONE', canAct: true })).toEqual([]);
    expect(allowedActions({ status: 'REJECTED', canAct: true })).toEqual([]);
    expect(allowedActions({ status: 'ISSUED', canAct: false })).toEqual([]);
    expect(allowedActions({ status: 'ACCEPTED', canAct: false })).toEqual([]);
  });

  it('moves to the statuses the API expects', () => {
    expect([ACTIONS.accept.status, ACTIONS.done.status, ACTIONS.reject.status]).toEqual(['ACCEPTED', 'DONE', 'REJECTED']);
    expect([ACTIONS.accept.title, ACTIONS.done.title, ACTIONS.reject.title]).toEqual(['Принять', 'Выполнено', 'Отклонить']);
  });
});

describe('subjects', () => {
  it('shortens people to surname and initials', () => {
    expect(shortPersonName('Иванова Анна Петровна')).toBe('Иванова А. П.');
    expect(shortPersonName('  Петров   иван ')).toBe('Петров И.');
    expect(shortPersonName('Иванова')).toBe('Иванова');
    expect(subjectName(person('Иванова Анна Петровна'))).toBe('Иванова А. П.');
    expect(subjectName({ kind: 'ORGANIZATION', name: 'СОШ № 1 г. Кирса' })).toBe('СОШ № 1 г. Кирса');
    expect(subjectName({ kind: 'COMPETENCE', name: 'Цифровая грамотность' })).toBe('Цифровая грамотность');
  });

  it('names a few and counts the rest', () => {
    const many = ['Иванова Анна Петровна', 'Петров Иван Ильич', ...Array.from({ length: 12 }, (_, i) => `Сидоров${i} Пётр Петрович`)].map(person);
    const summary = summariseSubjects(many);
    expect(summary.text).toBe('Иванова А. П., Петров И. И. и ещё 12');
    expect(summary.shown).toHaveLength(2);
    expect(summary.more).toBe(12);
    expect(summariseSubjects(many, 1).text).toBe('Иванова А. П. и ещё 13');
  });

  it('names everyone when at most one more would be counted', () => {
    expect(summariseSubjects([]).text).toBe('');
    expect(summariseSubjects([person('Иванова Анна Петровна')]).text).toBe('Иванова А. П.');
    const three = ['Иванова Анна Петровна', 'Петров Иван Ильич', 'Сидорова Мария Ивановна'].map(person);
    expect(summariseSubjects(three)).toEqual({ shown: three, more: 0, text: 'Иванова А. П., Петров И. И., Сидорова М. И.' });
  });

  it('links a person to his staff card only for readers of staff records', () => {
    expect(subjectHref({ kind: 'STAFF', id: 's1' }, true)).toBe('/staff/s1');
    expect(subjectHref({ kind: 'STAFF', id: 's1' }, false)).toBeNull();
    expect(subjectHref({ kind: 'ORGANIZATION', id: 'o1' }, true)).toBeNull();
    expect(subjectHref({ kind: 'COMPETENCE', id: 'FL.DIGITAL' }, true)).toBeNull();
  });
});

describe('secondStatusWindow', () => {
  // 25 issued and 30 accepted, pages of 10.
  it('asks for one accepted item (for the total) while the issued ones fill the page', () => {
    expect(secondStatusWindow({ offset: 0, limit: 10 }, 25, 10)).toEqual({ offset: 0, limit: 1, take: 0 });
    expect(secondStatusWindow({ offset: 10, limit: 10 }, 25, 10)).toEqual({ offset: 0, limit: 1, take: 0 });
  });

  it('fills the page where the issued ones end with the first accepted ones', () => {
    expect(secondStatusWindow({ offset: 20, limit: 10 }, 25, 5)).toEqual({ offset: 0, limit: 5, take: 5 });
  });

  it('continues with the accepted ones on the pages after the issued ones', () => {
    expect(secondStatusWindow({ offset: 30, limit: 10 }, 25, 0)).toEqual({ offset: 5, limit: 10, take: 10 });
    expect(secondStatusWindow({ offset: 40, limit: 10 }, 25, 0)).toEqual({ offset: 15, limit: 10, take: 10 });
  });

  it('reads only accepted ones when none is issued', () => {
    expect(secondStatusWindow({ offset: 0, limit: 20 }, 0, 0)).toEqual({ offset: 0, limit: 20, take: 20 });
  });
});
