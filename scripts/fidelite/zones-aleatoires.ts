import fc from "fast-check";
import { lireClasseurXlsx } from "../../src/gateway/xlsx/lire-xlsx";
import { ecrireClasseur2D } from "./aleatoire/2d/ecrire";
import { mesurer2D } from "./aleatoire/2d/mesure";
import { miseEnPage2D } from "./aleatoire/2d/parametres";
import { ecrireOnglet2E, miseEnPage2E } from "./aleatoire/2e/ecrire-2e";
import { mesurer2E } from "./aleatoire/2e/mesure-2e";
import { miseEnPage2F } from "./aleatoire/2f/parametres";
import { ecarts2F } from "./aleatoire/2f/verifier";
import { miseEnPageAnnexe1 } from "./aleatoire/annexe1/parametres";
import { ecartsAnnexe1 } from "./aleatoire/annexe1/verifier";
import { miseEnPageAxe } from "./aleatoire/axes/parametres";
import { ecartsAxe } from "./aleatoire/axes/verifier";
import { ongletEsms } from "./aleatoire/esms/parametres";
import { ecartsEsms } from "./aleatoire/esms/verifier";

/**
 * Zones sur des mises en page aléatoires (variantes de structure §3–§7), une famille d'onglets à la
 * fois : Annexe 1, tableaux d'ESMS (2-B, 2-C, 2-G), 2-D sous ses quatre formes, 2-E dans tout ordre et toute
 * orientation, 2-F en grille ou au format long, axes. Pour chaque tirage, la liste des écarts à la
 * vérité terrain (valeurs non rendues, taux faux, incohérences semées manquées, fausses erreurs) :
 * une liste vide est une mise en page lue exactement.
 */

interface Famille {
  readonly nom: string;
  readonly tirer: (graine: number, n: number) => Promise<string[][]>;
}

const aplatir = (o: Readonly<Record<string, unknown>>) =>
  Object.entries(o).flatMap(([k, v]) =>
    Array.isArray(v) ? v.map((x) => `${k} : ${String(x)}`) : [],
  );

async function chaque<T>(
  arb: fc.Arbitrary<T>,
  graine: number,
  n: number,
  f: (m: T) => Promise<string[]>,
): Promise<string[][]> {
  const out: string[][] = [];
  for (const m of fc.sample(arb, { seed: graine, numRuns: n })) out.push(await f(m));
  return out;
}

export const FAMILLES: readonly Famille[] = [
  {
    nom: "Annexe 1 (6 à 10 colonnes, secteurs)",
    tirer: (g, n) => chaque(miseEnPageAnnexe1, g, n, ecartsAnnexe1),
  },
  { nom: "tableaux d'ESMS (2-B, 2-C, 2-G)", tirer: (g, n) => chaque(ongletEsms, g, n, ecartsEsms) },
  {
    nom: "2-D (bloc par indicateur, par ESMS, matrice)",
    tirer: (g, n) =>
      chaque(miseEnPage2D, g, n, async (m) => {
        const c = await ecrireClasseur2D(m);
        const r = mesurer2D(await lireClasseurXlsx(c.buffer), c.verite);
        return aplatir({
          manquees: r.manquees,
          tauxFaux: r.tauxFaux,
          semeesManquees: r.semeesManquees,
          faussesErreurs: r.faussesErreurs,
        });
      }),
  },
  {
    nom: "2-E (ordre, orientation, colonne des libellés)",
    tirer: (g, n) =>
      chaque(miseEnPage2E, g, n, async (m) => {
        const { buffer, verite } = await ecrireOnglet2E(m);
        return aplatir({ ...mesurer2E(await lireClasseurXlsx(buffer), verite) });
      }),
  },
  { nom: "2-F (grille, format long)", tirer: (g, n) => chaque(miseEnPage2F, g, n, ecarts2F) },
  { nom: "axes (listes, cases, encarts)", tirer: (g, n) => chaque(miseEnPageAxe, g, n, ecartsAxe) },
];

export interface MesureFamille {
  readonly famille: string;
  readonly tirages: number;
  readonly exacts: number;
  readonly exemples: readonly string[];
}

export async function mesurerZonesAleatoires(
  graine: number,
  parFamille: number,
  progres: (texte: string) => void = () => undefined,
): Promise<MesureFamille[]> {
  const out: MesureFamille[] = [];
  for (const f of FAMILLES) {
    progres(`Zones aléatoires : ${f.nom}…`);
    const ecarts = await f.tirer(graine, parFamille);
    out.push({
      famille: f.nom,
      tirages: ecarts.length,
      exacts: ecarts.filter((e) => e.length === 0).length,
      exemples: ecarts
        .map((e, i) => (e.length > 0 ? `#${i} ${e.slice(0, 2).join(" ; ")}` : ""))
        .filter(Boolean)
        .slice(0, 3),
    });
  }
  return out;
}

export function texteZonesAleatoires(mesures: readonly MesureFamille[]): string[] {
  if (mesures.length === 0) return [];
  const total = mesures.reduce((s, m) => s + m.tirages, 0);
  const exacts = mesures.reduce((s, m) => s + m.exacts, 0);
  const out = [
    `Zones sur ${total} mises en page aléatoires : ${exacts} / ${total} lues exactement`,
  ];
  for (const m of mesures) {
    out.push(`  ${m.famille} : ${m.exacts} / ${m.tirages}`);
    for (const e of m.exemples) out.push(`    ${e}`);
  }
  out.push("");
  return out;
}
