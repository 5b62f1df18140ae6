/**
 * A count with its noun in the genitive, as after «из», «для», «у»: «1 педагога», «2 педагогов»,
 * «21 педагога», «11 педагогов» (the genitive singular follows numbers ending in 1, except 11).
 */
export function genitiveCount(n: number, singular: string, plural: string): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? singular : plural}`;
}

/** An ISO date as people read it: «30.06.2026». */
export const russianDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** A number rounded to `digits` decimals with a decimal comma: «40,5». */
export const russianDecimal = (value: number, digits = 1): string => (Math.round(value * 10 ** digits) / 10 ** digits).toString().replace('.', ',');
