import { memoireVidable } from "../../memoires";

/**
 * 2-D : intitulés des 18 indicateurs du modèle (indicateurs.md §4, modèle §5.11) et leur
 * reconnaissance sur le texte normalisé. Le repérage en a besoin (qui est l'indicateur, qui le
 * périmètre ; indicateurs absents) sans dépendre des définitions de calcul (indicateurs/) : la
 * table vit ici, les définitions la retrouvent par `id` (indicateurs/reconnaissance-2d.ts).
 */

export interface Intitule2D {
  /** Identifiant de l'indicateur (`compl.…`), le même que sa définition de calcul. */
  readonly id: string;
  /** Intitulé du modèle (messages). */
  readonly libelle: string;
  /** Alternatives ; chaque alternative : débuts de mots tous présents dans l'intitulé normalisé. */
  readonly motifs: readonly (readonly string[])[];
}

const intitule = (nom: string, libelle: string, motifs: string[][]): Intitule2D => ({
  id: `compl.${nom}`,
  libelle,
  motifs,
});

/** Les 18 indicateurs du modèle, dans l'ordre de la référence. */
export const INTITULES_2D: readonly Intitule2D[] = [
  intitule("pp-reactualise", "PP réactualisés depuis moins de 12 mois", [["reactualis"]]),
  intitule("scolarisation", "Enfants bénéficiant d'un temps de scolarisation", [
    ["temps de scolaris"],
    ["beneficiant", "scolaris"],
    ["scolarisation"],
  ]),
  intitule("scolarisation-hors-murs", "Scolarisation en unité externalisée ou classe ordinaire", [
    ["hors les murs"],
    ["scolaris", "externalis"],
    ["scolaris", "classe ordinaire"],
  ]),
  intitule("activite-milieu-ordinaire", "Activité réalisée en milieu ordinaire", [
    ["activite", "milieu ordinaire"],
    ["lieux de vie"],
  ]),
  intitule("sorties-esat-milieu-ordinaire", "Sorties d'ESAT vers le milieu ordinaire", [
    ["sortie", "esat"],
    ["sortie", "milieu ordinaire"],
  ]),
  intitule("esat-mise-a-disposition", "Travailleurs en mise à disposition ou emploi accompagné", [
    ["mise a disposition"],
    ["emploi accompagne"],
  ]),
  intitule("personnes-60-ans", "Personnes de 60 ans et plus", [["60 ans"]]),
  intitule("delai-admission", "Délai moyen d'admission", [["delai", "admission"]]),
  intitule("attente-capacite", "Liste d'attente rapportée à la capacité", [["attente"]]),
  intitule("creton", "Jeunes adultes en amendement Creton", [["creton"]]),
  intitule("formation-bientraitance", "Professionnels formés à la bientraitance (3 ans)", [
    ["bientraitance"],
  ]),
  intitule("eig-analyses", "EIG analysés", [["eig"], ["evenements indesirables graves"]]),
  intitule("reunions-cvs", "Réunions de CVS par ESMS", [["cvs"], ["conseil de la vie sociale"]]),
  intitule("reclamations-delai", "Réclamations traitées en moins de 2 mois", [["reclamation"]]),
  intitule("projets-etablissement-a-jour", "Projets d'établissement de moins de 5 ans", [
    ["projet d etablissement"],
    ["projets d etablissement"],
    ["projet de service"],
  ]),
  intitule("dossier-informatise", "Dossier de la personne informatisé", [
    ["dossier", "informatis"],
    ["dui"],
  ]),
  intitule("medecin-traitant", "Personnes ayant un médecin traitant", [["medecin traitant"]]),
  intitule("accueil-temporaire", "Utilisation de l'accueil temporaire", [["accueil temporaire"]]),
];

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

/** Reconnaît un indicateur 2-D du modèle par son intitulé déjà normalisé (`normaliserTexte`). */
export function reconnaitreIntitule2D(intituleNormalise: string): Intitule2D | undefined {
  // Les mêmes intitulés sont reconnus par le repérage, les contrôles et le calcul : réponse
  // mémorisée (taille bornée, vidée quand elle est pleine ; `null` = aucun indicateur).
  const deja = RECONNUS.get(intituleNormalise);
  if (deja !== undefined) return deja ?? undefined;
  const i = chercher(intituleNormalise);
  if (RECONNUS.size >= TAILLE_MEMOIRE) RECONNUS.clear();
  RECONNUS.set(intituleNormalise, i ?? null);
  return i;
}

const TAILLE_MEMOIRE = 5_000;
const RECONNUS = memoireVidable(new Map<string, Intitule2D | null>());
let ordonnes: readonly (Intitule2D | undefined)[] | undefined;

function chercher(intituleNormalise: string): Intitule2D | undefined {
  ordonnes ??= ORDRE.map((id) => INTITULES_2D.find((d) => d.id === id));
  for (const i of ordonnes) {
    if (i?.motifs.some((m) => m.every((mot) => debutDeMots(intituleNormalise, mot)))) return i;
  }
  return undefined;
}
