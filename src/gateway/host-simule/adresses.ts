import { citerFeuille, indexColonne, lettresColonne } from "../../domain/classeur/adresse";
import type { CellRange } from "../../domain/classeur/snapshot";
import { erreur } from "./erreurs";

export const LIGNES_MAX = 1_048_576;
export const COLONNES_MAX = 16_384;

/** Nom de feuille cité comme Excel le fait dans `range.address` (règle unique du domaine). */
export const citer = citerFeuille;

const a1 = (row: number, col: number) => `${lettresColonne(col)}${row + 1}`;

/** Adresse A1 d'une zone, sans feuille (« B2:C4 », « B2 », « A:C », « 2:5 »). */
export function adresseLocale(z: CellRange): string {
  if (
    z.top === 0 &&
    z.bottom === LIGNES_MAX - 1 &&
    !(z.left === 0 && z.right === COLONNES_MAX - 1)
  ) {
    return `${lettresColonne(z.left)}:${lettresColonne(z.right)}`;
  }
  if (z.left === 0 && z.right === COLONNES_MAX - 1) return `${z.top + 1}:${z.bottom + 1}`;
  const d = a1(z.top, z.left);
  return z.top === z.bottom && z.left === z.right ? d : `${d}:${a1(z.bottom, z.right)}`;
}

export const adresseComplete = (feuille: string, z: CellRange) =>
  `${citer(feuille)}!${adresseLocale(z)}`;

const CELLULE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLONNE = /^\$?([A-Za-z]{1,3})$/;
const LIGNE = /^\$?(\d{1,7})$/;

function borne(partie: string): { row?: number; col?: number } {
  const c = CELLULE.exec(partie);
  if (c?.[1] && c[2]) return { row: Number(c[2]) - 1, col: indexColonne(c[1]) };
  const k = COLONNE.exec(partie);
  if (k?.[1]) return { col: indexColonne(k[1]) };
  const l = LIGNE.exec(partie);
  if (l?.[1]) return { row: Number(l[1]) - 1 };
  throw erreur("InvalidArgument", `Adresse invalide : « ${partie} ».`);
}

/**
 * « B2 », « B2:D5 », « A:C », « 3:3 », avec ou sans « $ » et préfixe de feuille → zone et
 * nom de feuille éventuel. Lève `InvalidArgument` comme Excel.
 */
export function lireAdresse(adr: string): { feuille?: string; zone: CellRange } {
  let s = adr.trim();
  let feuille: string | undefined;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/.exec(s);
  if (m) {
    feuille = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    s = m[3] ?? "";
  }
  const [p1, p2, reste] = s.split(":");
  if (!p1 || reste !== undefined) throw erreur("InvalidArgument", `Adresse invalide : « ${adr} ».`);
  const d = borne(p1);
  const f = p2 !== undefined ? borne(p2) : d;
  if (
    (d.row === undefined) !== (f.row === undefined) ||
    (d.col === undefined) !== (f.col === undefined)
  ) {
    throw erreur("InvalidArgument", `Adresse invalide : « ${adr} ».`);
  }
  const top = Math.min(d.row ?? 0, f.row ?? 0);
  const bottom = d.row === undefined ? LIGNES_MAX - 1 : Math.max(d.row, f.row ?? d.row);
  const left = Math.min(d.col ?? 0, f.col ?? 0);
  const right = d.col === undefined ? COLONNES_MAX - 1 : Math.max(d.col, f.col ?? d.col);
  if (bottom >= LIGNES_MAX || right >= COLONNES_MAX) {
    throw erreur("InvalidArgument", `Adresse hors de la feuille : « ${adr} ».`);
  }
  return { ...(feuille !== undefined ? { feuille } : {}), zone: { top, left, bottom, right } };
}

export const nbCellules = (z: CellRange) => (z.bottom - z.top + 1) * (z.right - z.left + 1);

export function intersecte(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contient(a: CellRange, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}
