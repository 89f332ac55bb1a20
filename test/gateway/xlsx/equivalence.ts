import fc from "fast-check";
import { ErreurFichier } from "../../../src/gateway/erreurs-fichier";
import { lireClasseurDirect, Repli } from "../../../src/gateway/xlsx/direct/lire-direct";
import { LIMITES } from "../../../src/gateway/xlsx/limites";
import {
  lireClasseurXlsxBorne,
  lireClasseurXlsxExcelJs,
} from "../../../src/gateway/xlsx/lire-xlsx";
import { refuserSignature } from "../../../src/gateway/xlsx/signature";
import { ecrireClasseur2D } from "../../../scripts/fidelite/aleatoire/2d/ecrire";
import { miseEnPage2D } from "../../../scripts/fidelite/aleatoire/2d/parametres";
import { ecrireOnglet2E, miseEnPage2E } from "../../../scripts/fidelite/aleatoire/2e/ecrire-2e";
import { ecrire2F } from "../../../scripts/fidelite/aleatoire/2f/ecrire";
import { miseEnPage2F } from "../../../scripts/fidelite/aleatoire/2f/parametres";
import { ecrireAnnexe1 } from "../../../scripts/fidelite/aleatoire/annexe1/ecrire";
import { miseEnPageAnnexe1 } from "../../../scripts/fidelite/aleatoire/annexe1/parametres";
import { ecrireAxe } from "../../../scripts/fidelite/aleatoire/axes/ecrire";
import { miseEnPageAxe } from "../../../scripts/fidelite/aleatoire/axes/parametres";
import { ecrireClasseurAleatoire } from "../../../scripts/fidelite/aleatoire/ecrire";
import { ecrireOngletEsms } from "../../../scripts/fidelite/aleatoire/esms/ecrire";
import { ongletEsms } from "../../../scripts/fidelite/aleatoire/esms/parametres";
import { miseEnPage } from "../../../scripts/fidelite/aleatoire/parametres";

/**
 * Outils du test d'équivalence du lecteur direct (ADR 0018) : le lecteur direct, le chemin par
 * défaut (direct, sinon ExcelJS) et le chemin ExcelJS seul, sur les mêmes octets ; première
 * différence (chemin dans l'objet, ordre des clés compris) ou null.
 */

/** Issue d'une lecture : instantané et avertissements, ou erreur typée (code et message). */
export type Issue =
  | { readonly kind: "lu"; readonly valeur: unknown }
  | { readonly kind: "erreur"; readonly code: string; readonly message: string };

const issue = async (f: () => unknown): Promise<Issue> => {
  try {
    return { kind: "lu", valeur: await f() };
  } catch (e) {
    if (e instanceof ErreurFichier) return { kind: "erreur", code: e.raison, message: e.message };
    throw e;
  }
};

/** Première différence entre `a` et `b` (chemin et valeurs), ou null s'ils sont identiques. */
export function premiereDifference(a: unknown, b: unknown, chemin = "$"): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${chemin} : ${String(JSON.stringify(a))} ≠ ${String(JSON.stringify(b))}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${chemin} : tableau ≠ objet`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join("\u0000") !== kb.join("\u0000")) {
    return `${chemin} : clés [${ka.join(", ")}] ≠ [${kb.join(", ")}]`;
  }
  for (const k of ka) {
    const d = premiereDifference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${chemin}.${k}`,
    );
    if (d) return d;
  }
  return null;
}

export interface Comparaison {
  /** Raison du repli sur ExcelJS, ou null si le lecteur direct a lu seul. */
  readonly repli: string | null;
  /** Première différence entre le chemin par défaut et le chemin ExcelJS, ou null. */
  readonly difference: string | null;
  readonly reference: Issue;
}

/** Compare, sur les mêmes octets, la lecture par défaut (et le lecteur direct) à ExcelJS seul. */
export async function comparer(octets: Buffer): Promise<Comparaison> {
  const reference = await issue(() => lireClasseurXlsxExcelJs(octets));
  const parDefaut = await issue(() => lireClasseurXlsxBorne(octets));
  let repli: string | null = null;
  const direct = await issue(() => {
    refuserSignature(octets, "le classeur");
    try {
      return lireClasseurDirect(octets, "le classeur", LIMITES);
    } catch (e) {
      if (!(e instanceof Repli)) throw e;
      repli = e.raison;
      return null;
    }
  });
  const difference =
    premiereDifference(parDefaut, reference) ??
    (repli === null ? premiereDifference(direct, reference) : null);
  return { repli, difference, reference };
}

type Famille = [string, (graine: number, n: number) => Promise<Buffer[]>];

const tirer = async <T>(
  arb: fc.Arbitrary<T>,
  graine: number,
  n: number,
  ecrire: (m: T) => Promise<{ readonly buffer: Buffer }>,
): Promise<Buffer[]> => {
  const res: Buffer[] = [];
  for (const m of fc.sample(arb, { seed: graine, numRuns: n })) res.push((await ecrire(m)).buffer);
  return res;
};

/** Les familles de mises en page aléatoires de `npm run fidelite` (scripts/fidelite/aleatoire). */
const FAMILLES: readonly Famille[] = [
  ["classeur", (g, n) => tirer(miseEnPage, g, n, ecrireClasseurAleatoire)],
  ["annexe1", (g, n) => tirer(miseEnPageAnnexe1, g, n, ecrireAnnexe1)],
  ["esms", (g, n) => tirer(ongletEsms, g, n, ecrireOngletEsms)],
  ["2d", (g, n) => tirer(miseEnPage2D, g, n, ecrireClasseur2D)],
  ["2e", (g, n) => tirer(miseEnPage2E, g, n, ecrireOnglet2E)],
  ["2f", (g, n) => tirer(miseEnPage2F, g, n, ecrire2F)],
  ["axes", (g, n) => tirer(miseEnPageAxe, g, n, ecrireAxe)],
];

/** Classeurs aléatoires (graine fixe) : `parClasseur` du générateur principal, `parFamille` des autres. */
export async function classeursAleatoires(
  graine: number,
  parClasseur: number,
  parFamille: number,
): Promise<{ nom: string; octets: Buffer }[]> {
  const res: { nom: string; octets: Buffer }[] = [];
  for (const [nom, f] of FAMILLES) {
    const lot = await f(graine, nom === "classeur" ? parClasseur : parFamille);
    lot.forEach((octets, i) => res.push({ nom: `aléatoire ${nom} #${i}`, octets }));
  }
  return res;
}
