import { adresseA1 } from "../../../src/domain/classeur/adresse";
import type { Champ, DiagnosticRepere } from "../../../src/domain/classeur/modele";
import { reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance/reconnaitre";
import { localiser } from "../../../src/domain/classeur/reperage/localiser";
import type { Location, WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import { normaliserTexte } from "../../../src/domain/classeur/texte";
import type { OngletReconnu } from "../../../src/domain/classeur/types-onglet";
import { lireClasseurXlsx } from "../../../src/gateway/xlsx/lire-xlsx";
import {
  genererClasseur,
  type CelluleExemple,
  type ClasseurGenere,
  type Variante,
} from "../../../scripts/exemple/classeur";

/**
 * Outils des tests d'intégration du classeur d'exemple : génération en mémoire, lecture par la
 * passerelle xlsx, reconnaissance et repérage ; comparaison des zones repérées avec les repères
 * du générateur (clé sémantique → cellule).
 */

export const VARIANTES: readonly Variante[] = ["exemple", "vierge", "complet", "erreurs"];

/** Type attendu de chaque onglet du classeur d'exemple. */
export const TYPES_ONGLETS: Readonly<Record<string, string>> = {
  Accueil: "accueil",
  "Annexe 1": "annexe-1",
  "Axe 1-1 Enfance": "axe-1-1",
  "Axe 1-2 Adultes": "axe-1-2",
  "Axe 1-3 Coopérations": "axe-1-3",
  "Axe 2 Qualité": "axe-2",
  "Axe 3 Efficience": "axe-3",
  "2-B FLASH": "flash-2b",
  "2-C ANAP": "anap-2c",
  "2-D Indic. compl.": "complementaires-2d",
  "2-E Financier": "financier-2e",
  "2-F Creton": "creton-2f",
  "2-G Départementaux": "departementaux-2g",
  Listes: "inconnu",
};

/** Types des questions repérées dans chaque onglet d'axe. */
export function typesQuestions(r: DiagnosticRepere) {
  return r.axes.map((a) => ({
    type: a.onglet.type,
    thematiques: a.thematiques.map((t) => t.questions.map((q) => q.type)),
  }));
}

export interface ClasseurLu {
  readonly genere: ClasseurGenere;
  readonly snapshot: WorkbookSnapshot;
  readonly onglets: readonly OngletReconnu[];
  readonly repere: DiagnosticRepere;
}

export function analyser(snapshot: WorkbookSnapshot) {
  const onglets = reconnaitreOnglets(snapshot);
  return { snapshot, onglets, repere: localiser(snapshot, onglets) };
}

export async function lire(variante: Variante, facteur = 1): Promise<ClasseurLu> {
  const genere = await genererClasseur(variante, { facteur });
  return { genere, ...analyser(await lireClasseurXlsx(genere.buffer)) };
}

/** « Onglet!A1 » d'une cellule. */
export const ou = (l: Pick<Location, "sheetName" | "row" | "col">) =>
  `${l.sheetName}!${adresseA1(l.row, l.col)}`;
export const ouExemple = (c: CelluleExemple) => `${c.onglet}!${c.cellule}`;

/** Familles de repères du générateur qui correspondent à une zone repérée par `localiser`. */
const ZONES = /^(a1\/|axe\/|2b\/|2c\/|2d\/|2e\/e[1-6]\/|2f\/)/;

/**
 * Clé du générateur ramenée à la forme produite par `zonesLocalisees` : en 2-B, 2-C et 2-E, la
 * colonne suit « | » et s'écrit normalisée, comme les en-têtes indexés par `localiser`.
 */
export function cleZone(cle: string): string {
  const i = cle.lastIndexOf("|");
  if (i < 0) return cle;
  const colonne = cle.slice(i + 1);
  const garder = cle.startsWith("2e/");
  return `${cle.slice(0, i)}|${normaliserTexte(colonne, { garderNumerotation: garder })}`;
}

/** Repères du générateur pour les zones du modèle : clé → « Onglet!A1 ». */
export function zonesGenerees(g: ClasseurGenere): Record<string, string> {
  return Object.fromEntries(
    Object.entries(g.reperes)
      .filter(([cle]) => ZONES.test(cle))
      .map(([cle, c]): [string, string] => [cleZone(cle), ouExemple(c)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Zones trouvées par `localiser`, sous les mêmes clés que les repères du générateur. */
export function zonesLocalisees(r: DiagnosticRepere): Record<string, string> {
  const out: Record<string, string> = {};
  const noter = (cle: string, c: Champ | undefined) => {
    if (c) out[cle] = ou(c.location);
  };
  const a1 = r.annexe1;
  for (const [cle, c] of Object.entries(a1?.organisme ?? {})) noter(`a1/org/${cle}`, c);
  for (const secteur of ["enfance", "adultes"] as const) {
    (a1?.esms ?? [])
      .filter((l) => l.secteur === secteur)
      .forEach((l, i) => {
        for (const [cle, c] of Object.entries(l.champs)) noter(`a1/esms/${secteur}/${i}/${cle}`, c);
      });
    for (const [cle, c] of Object.entries(a1?.totaux[secteur] ?? {}))
      if (cle === "capacite" || cle === "internat") noter(`a1/total/${secteur}/${cle}`, c);
  }
  for (const axe of r.axes) {
    for (const t of axe.thematiques) {
      const base = `axe/${axe.onglet.type}/t${t.numero}`;
      t.questions.forEach((q, k) =>
        q.reponses.forEach((c, j) => noter(`${base}/q${k + 1}/r${j + 1}`, c)),
      );
      for (const [cle, c] of Object.entries(t.encarts)) noter(`${base}/${cle}`, c);
    }
  }
  for (const [prefixe, zone] of [
    ["2b", r.flash2b],
    ["2c", r.anap2c],
  ] as const) {
    for (const e of zone?.esms ?? [])
      for (const [entete, c] of Object.entries(e.valeurs))
        noter(`${prefixe}/${e.finess}|${entete}`, c);
  }
  r.complementaires2d?.indicateurs.forEach((ind, k) => {
    for (const col of ind.colonnes) {
      const base = `2d/${k + 1}/${col.perimetre}`;
      noter(`${base}/num`, col.numerateur);
      noter(`${base}/den`, col.denominateur);
      noter(`${base}/taux`, col.taux);
    }
  });
  for (const t of Object.values(r.financier2e?.tableaux ?? {})) {
    for (const l of t?.lignes ?? [])
      for (const [col, c] of Object.entries(l.valeurs))
        noter(`2e/${t?.cle.slice(0, 2)}/${l.libelle}|${col}`, c);
  }
  const ligne2F = (
    prefixe: string,
    l: NonNullable<DiagnosticRepere["creton2f"]>["lignes"][number],
  ) => {
    for (const v of l.valeurs) noter(`2f/${prefixe}/${v.mode}.${v.orientation}`, v.champ);
    noter(`2f/${prefixe}/total`, l.total);
  };
  for (const l of r.creton2f?.lignes ?? []) ligne2F(String(l.finess?.cellule.value ?? ""), l);
  if (r.creton2f?.total) ligne2F("total", r.creton2f.total);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
