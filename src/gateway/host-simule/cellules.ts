import type { CellRange, CellValue, ValueType } from "../../domain/classeur/snapshot";
import { estFormule, valeurSaisie } from "../commun/valeur-saisie";
import { COLONNES_MAX, nbCellules } from "./adresses";
import { erreur } from "./erreurs";
import { type Cellule, celluleVide, cle, type FeuilleModele } from "./modele";

/** Cible d'un proxy de plage : une feuille et une zone. */
export interface CiblePlage {
  readonly f: FeuilleModele;
  readonly z: CellRange;
}

const VIDE: Cellule = celluleVide();

export const lireCellule = (f: FeuilleModele, r: number, c: number): Cellule =>
  f.cells.get(cle(r, c)) ?? VIDE;

/** Cellule modifiable (créée au besoin). */
export function cellule(f: FeuilleModele, r: number, c: number): Cellule {
  const k = cle(r, c);
  let x = f.cells.get(k);
  if (!x) {
    x = celluleVide();
    f.cells.set(k, x);
  }
  return x;
}

/** Cellules fusionnées non maîtresses de la zone : vides en lecture, comme dans Excel. */
function secondaires({ f, z }: CiblePlage): Set<number> {
  const s = new Set<number>();
  for (const m of f.merges) {
    if (m.bottom < z.top || m.top > z.bottom || m.right < z.left || m.left > z.right) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) s.add(cle(r, c));
    }
  }
  return s;
}

/** Cellule fusionnée non maîtresse (dans une fusion, hors haut-gauche) : sans contenu dans Excel. */
export const estSecondaire = (f: FeuilleModele, r: number, c: number): boolean =>
  f.merges.some(
    (m) =>
      r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
  );

/** Vide le contenu des cellules fusionnées non maîtresses : seule la haut-gauche porte la valeur. */
export function viderSecondaires(f: FeuilleModele): void {
  for (const [k, c] of f.cells) {
    const r = Math.floor(k / COLONNES_MAX);
    if (!estSecondaire(f, r, k % COLONNES_MAX)) continue;
    c.value = "";
    c.type = "Empty";
    c.formula = null;
  }
}

/**
 * Grille `rowCount × columnCount` calculée cellule par cellule. `contenu` : les cellules fusionnées
 * non maîtresses se lisent vides (valeurs, types, formules) ; leurs formats restent les leurs.
 */
export function grille<V>(
  cible: CiblePlage,
  f: (c: Cellule, r: number, col: number) => V,
  contenu = false,
): V[][] {
  const { z } = cible;
  if (nbCellules(z) > 5_000_000) {
    throw erreur("RangeExceedsLimit", "Plage de plus de 5 millions de cellules : lecture refusée.");
  }
  const sec = contenu ? secondaires(cible) : new Set<number>();
  const res: V[][] = [];
  for (let r = z.top; r <= z.bottom; r++) {
    const ligne: V[] = [];
    for (let c = z.left; c <= z.right; c++) {
      ligne.push(f(sec.has(cle(r, c)) ? VIDE : lireCellule(cible.f, r, c), r, c));
    }
    res.push(ligne);
  }
  return res;
}

export const valeurDe = (c: Cellule): CellValue => c.value;
export const typeDe = (c: Cellule): ValueType => c.type;
export const formuleDe = (c: Cellule): CellValue => c.formula ?? c.value;

/** Texte affiché (approché : pas d'application des formats de nombre). */
export function texteDe(c: Cellule): string {
  if (typeof c.value === "boolean") return c.value ? "TRUE" : "FALSE";
  return String(c.value);
}

/** Refuse une écriture sur une feuille protégée (cellules verrouillées), comme Excel. */
export function verifierEcriture(cible: CiblePlage, formats = false): void {
  const { f, z } = cible;
  if (!f.protected) return;
  let verrouillee = formats;
  for (let r = z.top; r <= z.bottom && !verrouillee; r++) {
    for (let c = z.left; c <= z.right && !verrouillee; c++)
      verrouillee = lireCellule(f, r, c).locked;
  }
  if (verrouillee) {
    throw erreur("AccessDenied", `La feuille « ${f.name} » est protégée : écriture refusée.`);
  }
}

/** Tableau 2-D de la forme de la zone, ou valeur unique appliquée partout (règle d'Office.js). */
export function formeAttendue(cible: CiblePlage, v: unknown, nom: string): unknown[][] {
  const { z } = cible;
  const h = z.bottom - z.top + 1;
  const l = z.right - z.left + 1;
  if (!Array.isArray(v)) return Array.from({ length: h }, () => new Array<unknown>(l).fill(v));
  if (v.length !== h || v.some((ligne) => !Array.isArray(ligne) || ligne.length !== l)) {
    throw erreur(
      "InvalidArgument",
      `${nom} : le tableau ne correspond pas aux dimensions de la plage (${h} × ${l}).`,
    );
  }
  return v as unknown[][];
}

/**
 * Écrit une entrée de `values` ou `formulas` comme Excel lit une saisie : `null` laisse intact,
 * « = » crée une formule, une apostrophe en tête garde le reste en texte (préfixe non stocké dans
 * la valeur ; `formulas` le relit sans apostrophe, office-js #6687).
 */
export function ecrireEntree(c: Cellule, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v === "string" && v.startsWith("'")) {
    const texte = v.slice(1);
    c.formula = null;
    c.value = texte;
    c.type = texte === "" ? "Empty" : "String";
    return;
  }
  if (estFormule(v)) {
    c.formula = v;
    c.value = "";
    c.type = "Empty"; // l'hôte ne calcule pas les formules (voir index.ts)
    return;
  }
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
    throw erreur("InvalidArgument", `Valeur de cellule invalide : ${JSON.stringify(v)}.`);
  }
  const s = valeurSaisie(v, c.numberFormat);
  c.formula = null;
  c.value = s.value;
  c.type = s.type;
}

/** Applique `f` à chaque cellule de la zone (garde contre les zones démesurées). */
export function pourChaque(
  cible: CiblePlage,
  f: (c: Cellule, r: number, col: number) => void,
): void {
  if (nbCellules(cible.z) > 2_000_000) {
    throw erreur(
      "InvalidOperation",
      "Hôte simulé : mise en forme de plus de 2 millions de cellules non modélisée.",
    );
  }
  for (let r = cible.z.top; r <= cible.z.bottom; r++) {
    for (let col = cible.z.left; col <= cible.z.right; col++) f(cellule(cible.f, r, col), r, col);
  }
}

/** Valeur uniforme sur la zone, sinon `null` (règle d'Office.js pour les formats). */
export function uniforme<V>(cible: CiblePlage, f: (c: Cellule) => V): V | null {
  const g = grille(cible, f).flat();
  const premier = g[0];
  return g.every((x) => x === premier) ? (premier ?? null) : null;
}
