/**
 * Seed for the teacher self-assessment questionnaire of professional deficits.
 *
 * Content source: professional standard «Педагог (педагогическая деятельность
 * в сфере дошкольного, начального общего, основного общего, среднего общего
 * образования) (воспитатель, учитель)», approved by приказ Минтруда России
 * от 18.10.2013 № 544н. Items of the PROF.* competences paraphrase labour
 * actions of the cited labour functions; items of the FL.* competences cover
 * the teacher's ability to form pupils' functional literacy (PISA-like tasks,
 * assessment, integration into lessons) and belong to labour function A/01.6.
 *
 * The questionnaire is stored as versioned data. This file is only the seed
 * of version 1: any later change of items, scale or threshold must be
 * published as a new version, never applied to this one in place, so that
 * results already collected stay comparable.
 */

export interface QuestionnaireItemSeed {
  /** Stable item code, e.g. 'A01-1'. Unique within the questionnaire. */
  code: string;
  /** Competence code the item scores (see list below). */
  competenceCode: string;
  /** Labour function of the professional standard «Педагог» (приказ Минтруда № 544н), e.g. 'A/01.6 Общепедагогическая функция. Обучение'. */
  labourFunction: string;
  /** The statement the teacher rates, in Russian, first person («Я умею …», «Я планирую …»). */
  text: string;
}

export interface SelfAssessmentQuestionnaireSeed {
  title: string;
  version: 1;
  /** Likert scale; labels[i] corresponds to score min + i. */
  scale: { min: 1; max: 4; labels: string[] };
  /** A competence whose mean item score is below this value is a deficit. */
  threshold: number;
  items: QuestionnaireItemSeed[];
}

// Labour functions of the professional standard «Педагог» used by the items.
const LF_A01 = 'A/01.6 Общепедагогическая функция. Обучение';
const LF_A02 = 'A/02.6 Воспитательная деятельность';
const LF_A03 = 'A/03.6 Развивающая деятельность';
const LF_B03 =
  'B/03.6 Педагогическая деятельность по реализации программ основного и среднего общего образования';

export const SELF_ASSESSMENT_QUESTIONNAIRE_SEED: SelfAssessmentQuestionnaireSeed = {
  title: 'Самодиагностика профессиональных дефицитов (профессиональный стандарт «Педагог»)',
  version: 1,
  scale: {
    min: 1,
    max: 4,
    labels: [
      'Не владею',
      'Владею частично, испытываю затруднения',
      'Владею уверенно',
      'Владею и могу поделиться опытом с коллегами',
    ],
  },
  threshold: 2.5,
  items: [
    // PROF.SUBJECT — subject competence
    {
      code: 'PS-1',
      competenceCode: 'PROF.SUBJECT',
      labourFunction: LF_A01,
      text: 'Я свободно владею содержанием преподаваемого предмета в объёме, необходимом для реализации требований ФГОС и федеральной рабочей программы.',
    },
    {
      code: 'PS-2',
      competenceCode: 'PROF.SUBJECT',
      labourFunction: LF_B03,
      text: 'Я умею показать обучающимся место своего предмета в общей картине мира и его связь с другими науками.',
    },
    {
      code: 'PS-3',
      competenceCode: 'PROF.SUBJECT',
      labourFunction: LF_B03,
      text: 'Я решаю задания повышенного и олимпиадного уровня по своему предмету и готовлю обучающихся к олимпиадам и конкурсам.',
    },
    {
      code: 'PS-4',
      competenceCode: 'PROF.SUBJECT',
      labourFunction: LF_A01,
      text: 'Я слежу за современными научными достижениями в своей предметной области и учитываю их при подготовке к урокам.',
    },
    {
      code: 'PS-5',
      competenceCode: 'PROF.SUBJECT',
      labourFunction: LF_A01,
      text: 'Я умею объяснять сложные темы своего предмета разными способами, подбирая понятные обучающимся примеры и модели.',
    },

    // PROF.METHODICAL — methodical competence
    {
      code: 'PM-1',
      competenceCode: 'PROF.METHODICAL',
      labourFunction: LF_A01,
      text: 'Я разрабатываю рабочую программу учебного предмета в соответствии с ФГОС и федеральной образовательной программой.',
    },
    {
      code: 'PM-2',
      competenceCode: 'PROF.METHODICAL',
      labourFunction: LF_A01,
      text: 'Я планирую и провожу уроки, ставя цели и задачи в соответствии с планируемыми образовательными результатами.',
    },
    {
      code: 'PM-3',
      competenceCode: 'PROF.METHODICAL',
      labourFunction: LF_A01,
      text: 'Я систематически анализирую эффективность своих уроков и применяемых подходов к обучению и вношу в них изменения.',
    },
    {
      code: 'PM-4',
      competenceCode: 'PROF.METHODICAL',
      labourFunction: LF_A01,
      text: 'Я организую контроль и объективную оценку учебных достижений обучающихся, используя разнообразные формы и методы оценивания.',
    },
    {
      code: 'PM-5',
      competenceCode: 'PROF.METHODICAL',
      labourFunction: LF_A01,
      text: 'Я целенаправленно формирую у обучающихся универсальные учебные действия и мотивацию к обучению на своих уроках.',
    },

    // PROF.PSYCHOLOGICAL — psychological and pedagogical competence
    {
      code: 'PP-1',
      competenceCode: 'PROF.PSYCHOLOGICAL',
      labourFunction: LF_A03,
      text: 'Я умею выявлять в ходе наблюдения поведенческие и личностные проблемы обучающихся, связанные с особенностями их развития.',
    },
    {
      code: 'PP-2',
      competenceCode: 'PROF.PSYCHOLOGICAL',
      labourFunction: LF_A03,
      text: 'Я умею создавать на уроках психологически безопасную и комфортную образовательную среду для всех обучающихся.',
    },
    {
      code: 'PP-3',
      competenceCode: 'PROF.PSYCHOLOGICAL',
      labourFunction: LF_A03,
      text: 'Я применяю инклюзивные психолого-педагогические технологии для адресной работы с детьми с ОВЗ, одарёнными и социально уязвимыми детьми.',
    },
    {
      code: 'PP-4',
      competenceCode: 'PROF.PSYCHOLOGICAL',
      labourFunction: LF_A03,
      text: 'Я участвую в работе психолого-педагогического консилиума и совместно со специалистами разрабатываю индивидуальные программы развития обучающихся.',
    },
    {
      code: 'PP-5',
      competenceCode: 'PROF.PSYCHOLOGICAL',
      labourFunction: LF_A02,
      text: 'Я развиваю у обучающихся познавательную активность, самостоятельность, инициативу и творческие способности.',
    },

    // PROF.COMMUNICATIVE — communicative competence
    {
      code: 'PC-1',
      competenceCode: 'PROF.COMMUNICATIVE',
      labourFunction: LF_A02,
      text: 'Я умею выстраивать конструктивное взаимодействие с родителями (законными представителями) обучающихся и помогать семье в вопросах воспитания.',
    },
    {
      code: 'PC-2',
      competenceCode: 'PROF.COMMUNICATIVE',
      labourFunction: LF_A02,
      text: 'Я умею предупреждать и конструктивно разрешать конфликтные ситуации между обучающимися, поддерживая безопасную атмосферу в классе.',
    },
    {
      code: 'PC-3',
      competenceCode: 'PROF.COMMUNICATIVE',
      labourFunction: LF_A02,
      text: 'Я формирую у обучающихся толерантность и навыки общения в изменяющейся поликультурной среде.',
    },
    {
      code: 'PC-4',
      competenceCode: 'PROF.COMMUNICATIVE',
      labourFunction: LF_A01,
      text: 'Я организую на уроках учебное сотрудничество и групповую работу, обучая детей вести диалог и аргументировать свою позицию.',
    },
    {
      code: 'PC-5',
      competenceCode: 'PROF.COMMUNICATIVE',
      labourFunction: LF_A02,
      text: 'Я поддерживаю деятельность органов ученического самоуправления и помогаю обучающимся договариваться при организации совместных дел.',
    },

    // FL.READING — reading literacy
    {
      code: 'FR-1',
      competenceCode: 'FL.READING',
      labourFunction: LF_A01,
      text: 'Я умею подбирать и составлять задания в формате PISA на поиск, понимание и оценку информации в тексте.',
    },
    {
      code: 'FR-2',
      competenceCode: 'FL.READING',
      labourFunction: LF_A01,
      text: 'Я систематически включаю в уроки работу со сплошными и несплошными текстами и оцениваю читательскую грамотность обучающихся.',
    },

    // FL.MATH — mathematical literacy
    {
      code: 'FM-1',
      competenceCode: 'FL.MATH',
      labourFunction: LF_A01,
      text: 'Я умею составлять контекстные задачи, в которых обучающиеся применяют математику для решения проблем из реальной жизни.',
    },
    {
      code: 'FM-2',
      competenceCode: 'FL.MATH',
      labourFunction: LF_A01,
      text: 'Я умею оценивать, как обучающиеся формулируют ситуацию на языке математики, применяют математические методы и интерпретируют результат.',
    },

    // FL.SCIENCE — scientific literacy
    {
      code: 'FS-1',
      competenceCode: 'FL.SCIENCE',
      labourFunction: LF_A01,
      text: 'Я умею разрабатывать задания, в которых обучающиеся научно объясняют явления, интерпретируют данные и используют научные доказательства.',
    },
    {
      code: 'FS-2',
      competenceCode: 'FL.SCIENCE',
      labourFunction: LF_A01,
      text: 'Я включаю в уроки учебные исследования, в которых обучающиеся выдвигают гипотезы, планируют эксперимент и оценивают его результаты.',
    },

    // FL.FINANCIAL — financial literacy
    {
      code: 'FF-1',
      competenceCode: 'FL.FINANCIAL',
      labourFunction: LF_A01,
      text: 'Я умею встраивать в уроки своего предмета задания о финансовых ситуациях: планировании бюджета, сбережениях, кредитах, защите от мошенничества.',
    },
    {
      code: 'FF-2',
      competenceCode: 'FL.FINANCIAL',
      labourFunction: LF_A01,
      text: 'Я умею оценивать, насколько обучающиеся способны анализировать финансовую информацию и принимать обоснованные финансовые решения.',
    },

    // FL.DIGITAL — digital literacy
    {
      code: 'FD-1',
      competenceCode: 'FL.DIGITAL',
      labourFunction: LF_A01,
      text: 'Я умею составлять задания, в которых обучающиеся ищут информацию в цифровой среде, проверяют её достоверность и критически оценивают.',
    },
    {
      code: 'FD-2',
      competenceCode: 'FL.DIGITAL',
      labourFunction: LF_A01,
      text: 'Я обучаю детей безопасному и ответственному поведению в интернете и оцениваю сформированность их цифровой грамотности.',
    },

    // FL.GLOBAL — global competence
    {
      code: 'FG-1',
      competenceCode: 'FL.GLOBAL',
      labourFunction: LF_A01,
      text: 'Я использую на уроках задания, в которых обучающиеся анализируют местные и глобальные проблемы и рассматривают их с разных точек зрения.',
    },
    {
      code: 'FG-2',
      competenceCode: 'FL.GLOBAL',
      labourFunction: LF_A01,
      text: 'Я умею оценивать готовность обучающихся к уважительному межкультурному взаимодействию и к действиям в интересах устойчивого развития.',
    },

    // FL.CREATIVE — creative thinking
    {
      code: 'FC-1',
      competenceCode: 'FL.CREATIVE',
      labourFunction: LF_A01,
      text: 'Я умею подбирать открытые задания, в которых обучающиеся выдвигают разнообразные и оригинальные идеи и совершенствуют их.',
    },
    {
      code: 'FC-2',
      competenceCode: 'FL.CREATIVE',
      labourFunction: LF_A01,
      text: 'Я умею оценивать креативное мышление обучающихся по разнообразию и оригинальности их идей, а также по умению идеи дорабатывать.',
    },
  ],
};
