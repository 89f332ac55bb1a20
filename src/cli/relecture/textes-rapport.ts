import { basename, dirname, relative } from "node:path";
import { neutraliserFormule, sansControles } from "../../domain/export/neutraliser";
import { ANNEXES, type Ton } from "../../domain/relecture";

/** Ce que partagent les rapports xlsx et html : textes sûrs, formats, couleurs, en-têtes. */

/** Texte venu d'un classeur, sûr dans une cellule : sans caractère de commande, jamais une formule. */
export const sur = (t: string): string => neutraliserFormule(sansControles(t));

export const COULEURS_TON: Readonly<Record<Ton, { fond: string; texte: string }>> = {
  bon: { fond: "E2EFDA", texte: "1E4620" },
  moyen: { fond: "FFF2CC", texte: "5C4400" },
  mauvais: { fond: "F8CBAD", texte: "7A1F00" },
};

export const ENTETES_COMPLETUDE = ANNEXES.map((a) => (a === "1" ? "Annexe 1" : a));

export function pourcent(v: number | null): string {
  if (v === null) return "—";
  return `${(v * 100).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} %`;
}

export function nombre(v: number | null, decimales = 0): string {
  if (v === null) return "—";
  return v.toLocaleString("fr-FR", { maximumFractionDigits: decimales });
}

export const nomCourt = (chemin: string) => basename(chemin);

/** Chemin d'un fichier vu depuis le dossier du rapport (liens vers les cellules). */
export const cheminDepuis = (rapport: string, fichier: string) =>
  relative(dirname(rapport), fichier).split("\\").join("/") || basename(fichier);

/** Nom de feuille Excel unique, ≤ 31 caractères, sans []:*?/\ ni apostrophe en bord. */
export function nomsDeFeuilles(fichiers: readonly string[], reserves: readonly string[]): string[] {
  const pris = new Set(reserves.map((r) => r.toLowerCase()));
  return fichiers.map((f, i) => {
    const base =
      basename(f)
        .replace(/\.(xlsx|xlsm)$/i, "")
        .replace(/[[\]:*?/\\]/g, " ")
        .replace(/^'+|'+$/g, "")
        .trim() || `Fichier ${i + 1}`;
    let nom = base.slice(0, 31);
    for (let n = 2; pris.has(nom.toLowerCase()); n++)
      nom = `${base.slice(0, 31 - `${n}`.length - 3)} (${n})`;
    pris.add(nom.toLowerCase());
    return nom;
  });
}

/** Adresse de lien interne : 'Feuille'!A1 (apostrophes doublées). */
export const lienInterne = (feuille: string, cellule = "A1") =>
  `#'${feuille.replace(/'/g, "''")}'!${cellule}`;
