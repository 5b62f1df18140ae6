/** СНИЛС: 11 digits, the last two a checksum of the first nine (checked above 001-001-998). */
export function normalizeSnils(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** The two check digits of a 9-digit SNILS number. */
export function snilsChecksum(number: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(number[i]) * (9 - i);
  let checksum = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (checksum === 100) checksum = 0;
  return String(checksum).padStart(2, '0');
}

/** A full 11-digit SNILS for a 9-digit number (test and demo data). */
export function withSnilsChecksum(number: string | number): string {
  const digits = String(number).padStart(9, '0');
  return digits + snilsChecksum(digits);
}

export function isValidSnils(value: string): boolean {
  const digits = normalizeSnils(value);
  if (!/^\d{11}$/.test(digits)) return false;
  const number = digits.slice(0, 9);
  if (Number(number) <= 1_001_998) return true;
  return snilsChecksum(number) === digits.slice(9);
}

export function formatSnils(digits: string): string {
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/** Lists and exports show only the checksum, enough to tell two people apart in a row. */
export function maskSnils(digits: string): string {
  return `***-***-*** ${digits.slice(9)}`;
}

/** maskSnils in SQL, for statements that write many audit entries at once. */
export function maskSnilsSql(column: string): string {
  return `('***-***-*** ' || right(${column}, 2))`;
}
