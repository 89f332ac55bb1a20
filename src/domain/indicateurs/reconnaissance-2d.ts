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
  // Les mêmes intitulés sont reconnus par plusieurs contrôles et par le calcul : réponse mémorisée
  // (taille bornée, vidée quand elle est pleine ; `null` = aucun indicateur).
  const deja = RECONNUS.get(intituleNormalise);
  if (deja !== undefined) return deja ?? undefined;
  const def = chercher(intituleNormalise);
  if (RECONNUS.size >= TAILLE_MEMOIRE) RECONNUS.clear();
  RECONNUS.set(intituleNormalise, def ?? null);
  return def;
}

const TAILLE_MEMOIRE = 5_000;
const RECONNUS = new Map<string, Definition2D | null>();
let ordonnees: readonly (Definition2D | undefined)[] | undefined;

function chercher(intituleNormalise: string): Definition2D | undefined {
  ordonnees ??= ORDRE.map((id) => INDICATEURS_2D.find((d) => d.id === id));
  for (const def of ordonnees) {
    if (def?.motifs.some((m) => m.every((mot) => debutDeMots(intituleNormalise, mot)))) return def;
  }
  return undefined;
}
