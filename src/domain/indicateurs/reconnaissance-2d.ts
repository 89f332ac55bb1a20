import { INDICATEURS_2D, type Definition2D } from "./complementaires-2d";

/** Reconnaissance d'un indicateur 2-D du modèle par son intitulé (motifs de `INDICATEURS_2D`). */

/**
 * Ordre d'essai : les motifs les plus précis d'abord (« scolarisation hors les murs » avant
 * « scolarisation », « sorties d'ESAT » avant « milieu ordinaire »).
 */
const ORDRE = [
  "scolarisation-hors-murs",
  "sorties-esat-milieu-ordinaire",
  "esat-mise-a-disposition",
  "creton",
  "eig-analyses",
  "reunions-cvs",
  "formation-bientraitance",
  "reclamations-delai",
  "projets-etablissement-a-jour",
  "dossier-informatise",
  "medecin-traitant",
  "accueil-temporaire",
  "delai-admission",
  "attente-capacite",
  "pp-reactualise",
  "personnes-60-ans",
  "activite-milieu-ordinaire",
  "scolarisation",
].map((n) => `compl.${n}`);

function debutDeMots(texte: string, motif: string): boolean {
  return ` ${texte}`.includes(` ${motif}`);
}

/** Reconnaît un indicateur 2-D par son intitulé déjà normalisé (`normaliserTexte`). */
export function reconnaitre2D(intituleNormalise: string): Definition2D | undefined {
  for (const id of ORDRE) {
    const def = INDICATEURS_2D.find((d) => d.id === id);
    if (def?.motifs.some((m) => m.every((mot) => debutDeMots(intituleNormalise, mot)))) return def;
  }
  return undefined;
}
