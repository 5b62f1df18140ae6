/**
 * A count with its noun in the genitive, as after «из», «для», «у»: «1 педагога», «2 педагогов»,
 * «21 педагога», «11 педагогов» (the genitive singular follows numbers ending in 1, except 11).
 */
export function genitiveCount(n: number, singular: string, plural: string): string {
  return `${n} ${n % 10 === 1 && n % 100 !== 11 ? singular : plural}`;
}
