import { GatewayError } from "./port";

/**
 * Pourquoi un fichier n'a pas pu être lu : codes stables (JSON de la CLI, volet), chacun avec son
 * constat et ce qu'il faut faire, en français (docs/cli.md, « Codes d'erreur »). Sans Node ni
 * ExcelJS : le volet peut l'importer. Une `ErreurFichier` reste une `GatewayError` « Unreadable »
 * pour qui ne connaît que le port.
 */
export type CodeFichier =
  | "fichier-vide"
  | "chiffre"
  | "format-xls"
  | "format-ods"
  | "pas-un-classeur"
  | "endommage"
  | "trop-volumineux"
  | "sans-feuille"
  | "introuvable"
  | "acces-refuse"
  | "est-un-dossier"
  | "memoire-depassee"
  | "delai-depasse"
  | "erreur-interne";

export interface DescriptionErreur {
  /** Ce qui ne va pas, après « « fichier » » (ex. « est vide (0 octet) »). */
  readonly constat: string;
  /** Quoi faire, phrase complète. */
  readonly conseil: string;
}

export const ERREURS_FICHIER: Readonly<Record<CodeFichier, DescriptionErreur>> = {
  "fichier-vide": {
    constat: "est vide (0 octet) : ce n'est pas un classeur",
    conseil: "Demandez une nouvelle copie du fichier.",
  },
  chiffre: {
    constat: "est protégé par un mot de passe à l'ouverture",
    conseil:
      "Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur), enregistrez une copie et réessayez.",
  },
  "format-xls": {
    constat: "est au format Excel 97-2003 (.xls), que l'outil ne lit pas",
    conseil: "Ouvrez-le dans Excel et enregistrez-le au format .xlsx.",
  },
  "format-ods": {
    constat: "est un classeur OpenDocument (.ods, LibreOffice), que l'outil ne lit pas",
    conseil:
      "Ouvrez-le dans LibreOffice ou Excel et enregistrez-le au format Excel 2007-365 (.xlsx).",
  },
  "pas-un-classeur": {
    constat: "n'est pas un classeur Excel (.xlsx ou .xlsm)",
    conseil: "Vérifiez qu'il s'agit du bon fichier, ou demandez le classeur Diagnostic lui-même.",
  },
  endommage: {
    constat: "est illisible (fichier endommagé ou incomplet)",
    conseil: "Ouvrez-le dans Excel pour le réparer, ou demandez une nouvelle copie.",
  },
  "trop-volumineux": {
    constat: "est hors de proportion avec un classeur Diagnostic",
    conseil:
      "Ouvrez-le dans Excel, supprimez les lignes, colonnes ou feuilles superflues (ou enregistrez une copie des seuls onglets du Diagnostic), puis réessayez.",
  },
  "sans-feuille": {
    constat: "ne contient aucune feuille de calcul lisible",
    conseil: "Vérifiez qu'il s'agit bien du classeur Diagnostic.",
  },
  introuvable: {
    constat: "est introuvable",
    conseil: "Vérifiez le nom et le dossier du fichier (guillemets autour d'un nom avec espaces).",
  },
  "acces-refuse": {
    constat: "ne peut pas être ouvert : accès refusé",
    conseil:
      "Vérifiez les droits sur le fichier et son dossier, ou fermez le programme qui le verrouille.",
  },
  "est-un-dossier": {
    constat: "est un dossier, pas un fichier",
    conseil: "Indiquez les classeurs du dossier (par exemple « dossier/*.xlsx »).",
  },
  "memoire-depassee": {
    constat: "demande plus de mémoire que la limite accordée à un fichier",
    conseil:
      "Ouvrez-le dans Excel, supprimez le contenu superflu ou enregistrez une copie des seuls onglets du Diagnostic, puis réessayez.",
  },
  "delai-depasse": {
    constat: "n'a pas pu être lu dans le temps accordé à un fichier",
    conseil:
      "Ouvrez-le dans Excel, supprimez le contenu superflu, puis réessayez ; s'il est normal, signalez-le à l'équipe de l'outil.",
  },
  "erreur-interne": {
    constat: "n'a pas pu être analysé à cause d'une erreur inattendue de l'outil",
    conseil: "Signalez-la à l'équipe de l'outil, avec le fichier si possible.",
  },
};

/** « « nom » est vide (0 octet) : ce n'est pas un classeur (précision). Demandez… » */
export function messageFichier(code: CodeFichier, nom: string, precision?: string): string {
  const d = ERREURS_FICHIER[code];
  const conseil = d.conseil.charAt(0).toLowerCase() + d.conseil.slice(1);
  return `« ${nom} » ${d.constat}${precision ? ` (${precision})` : ""} : ${conseil}`;
}

/** Erreur de lecture d'un fichier, au code stable `raison`. */
export class ErreurFichier extends GatewayError {
  constructor(
    readonly raison: CodeFichier,
    nom: string,
    precision?: string,
    detail?: string,
  ) {
    super("Unreadable", messageFichier(raison, nom, precision), detail);
    this.name = "ErreurFichier";
  }
}

export const estCodeFichier = (c: unknown): c is CodeFichier =>
  typeof c === "string" && Object.prototype.hasOwnProperty.call(ERREURS_FICHIER, c);
