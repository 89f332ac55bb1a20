import type { CellRange } from "./snapshot";

/** 0 → « A », 25 → « Z », 26 → « AA ». */
export function lettresColonne(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** « AA » → 26. */
export function indexColonne(lettres: string): number {
  let n = 0;
  for (const ch of lettres.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) → « A1 ». */
export function adresseA1(row: number, col: number): string {
  return `${lettresColonne(col)}${row + 1}`;
}

/** « B12 » → { row: 11, col: 1 } ; accepte « $B$12 ». */
export function lireA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m || !m[1] || !m[2]) throw new Error(`Adresse invalide : ${a1}`);
  return { row: Number(m[2]) - 1, col: indexColonne(m[1]) };
}

/** Zone → « B2:D5 » (ou « B2 » pour une seule cellule). */
export function adresseZone(z: CellRange): string {
  const a = adresseA1(z.top, z.left);
  return z.top === z.bottom && z.left === z.right ? a : `${a}:${adresseA1(z.bottom, z.right)}`;
}

/** « B2:D5 » → zone. */
export function lireZone(adr: string): CellRange {
  const [a, b] = adr.split(":");
  const d = lireA1(a ?? "");
  const f = b ? lireA1(b) : d;
  return { top: d.row, left: d.col, bottom: f.row, right: f.col };
}

/**
 * Nom de feuille cité pour une formule ou une adresse, comme Excel : 'Feuille d''accueil'. Un nom
 * simple reste nu, sauf s'il ressemble à une référence de cellule (« E3 », « AB12 », « R1C1 », « R »,
 * « C ») : `E3!A1` désignerait sinon la cellule E3.
 */
export function citerFeuille(nom: string): string {
  const simple = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nom);
  const commeReference = /^[A-Za-z]{1,3}\d+$/.test(nom) || /^(R\d*C\d*|R\d*|C\d*)$/i.test(nom);
  return simple && !commeReference ? nom : `'${nom.replace(/'/g, "''")}'`;
}
