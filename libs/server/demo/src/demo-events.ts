import { EntityManager } from 'typeorm';
import { EventKind, EventLevel } from '@sopr/shared';
import { Event } from '@sopr/server-staff';

/**
 * Demo events of the seeds' kinds (ПрофСреда, contests, young teachers' school) with participation,
 * so the events screens and the future indicators (PROFSREDA, YOUNG_EVENTS, YOUNG_CONTEST) have data.
 */
export async function seedDemoEvents(manager: EntityManager, regionId: string, municipalityId: string, schoolId: string, year: number): Promise<void> {
  const event = (fields: Partial<Event>) => manager.save(manager.create(Event, { regionId, municipalityId: null, organizationId: null, series: null, endsOn: null, ...fields }));
  const debut = await event({ name: `Региональный конкурс «Педагогический дебют — ${year}»`, kind: EventKind.YOUNG_TEACHERS_PROJECT_CONTEST, level: EventLevel.REGIONAL, startsOn: `${year}-03-10`, endsOn: `${year}-03-28` });
  const teacherOfYear = await event({ name: `Конкурс «Учитель года Кировской области — ${year}»`, kind: EventKind.CONTEST, level: EventLevel.REGIONAL, startsOn: `${year}-02-01`, endsOn: `${year}-04-15` });
  const profsreda = [];
  for (const [month, topic] of [['02', 'функциональная грамотность'], ['04', 'смысловое чтение'], ['10', 'цифровые инструменты урока']]) {
    profsreda.push(await event({ name: `ПрофСреда: ${topic}`, series: 'ПрофСреда', kind: EventKind.SEMINAR, level: EventLevel.MUNICIPAL, startsOn: `${year}-${month}-15`, municipalityId }));
  }
  const youngSchool = await event({ name: 'Школа молодого педагога', kind: EventKind.YOUNG_TEACHERS_EVENT, level: EventLevel.MUNICIPAL, startsOn: `${year}-09-20`, municipalityId });
  await event({ name: 'Методический день школы', kind: EventKind.SEMINAR, level: EventLevel.SCHOOL, startsOn: `${year}-11-05`, municipalityId, organizationId: schoolId });

  const participate = (eventId: string, role: string, where: string) =>
    manager.query(
      `INSERT INTO event_participation (event_id, staff_member_id, role, region_id, municipality_id, organization_id)
       SELECT $1, s.id, $2, s.region_id, s.municipality_id, s.organization_id FROM staff_member s WHERE s.municipality_id = $3 AND ${where}`,
      [eventId, role, municipalityId],
    );
  const young = `s.birth_date > make_date(${year} - 35, 1, 1)`;
  for (const [index, session] of profsreda.entries()) await participate(session.id, 'PARTICIPANT', `abs(hashtext(s.snils || '${index}')) % 100 < 35`);
  await participate(youngSchool.id, 'PARTICIPANT', `${young} AND abs(hashtext(s.snils)) % 100 < 70`);
  await participate(debut.id, 'PARTICIPANT', `${young} AND abs(hashtext(s.snils || 'd')) % 100 < 30`);
  await participate(teacherOfYear.id, 'PARTICIPANT', `abs(hashtext(s.snils || 't')) % 100 < 3`);
  await participate(teacherOfYear.id, 'EXPERT', `s.is_expert`);
}
