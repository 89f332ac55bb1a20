import type { CodeFichier } from "../erreurs-fichier";

/**
 * Erreurs du système de fichiers (`EACCES`, `ENOENT`…) en français : jamais un code brut dans un
 * message. Sert à la lecture (passerelle) comme à l'écriture (commande `fiches`).
 */

const code = (e: unknown): string =>
  typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string"
    ? (e as { code: string }).code
    : "";

/** Code stable d'un échec d'ouverture en lecture, ou null si l'erreur n'est pas du système. */
export function codeLecture(e: unknown): CodeFichier | null {
  switch (code(e)) {
    case "ENOENT":
    case "ENOTDIR":
      return "introuvable";
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return "acces-refuse";
    case "EISDIR":
      return "est-un-dossier";
    case "ERR_FS_FILE_TOO_LARGE":
    case "EFBIG":
      return "trop-volumineux";
    default:
      return null;
  }
}

const ECRITURE: Readonly<Record<string, string>> = {
  EACCES:
    "accès refusé : vérifiez les droits d'écriture sur le dossier, ou choisissez un autre dossier",
  EPERM:
    "opération interdite : vérifiez les droits d'écriture sur le dossier, ou choisissez un autre dossier",
  EBUSY: "le fichier est verrouillé par un autre programme : fermez-le et réessayez",
  EEXIST: "un fichier de ce nom existe déjà (il n'est jamais écrasé) : choisissez un autre nom",
  ENOENT: "le dossier de destination n'existe pas : créez-le, ou indiquez un autre chemin",
  ENOTDIR: "une partie du chemin n'est pas un dossier : vérifiez le chemin",
  EISDIR: "ce chemin est un dossier : indiquez un nom de fichier se terminant par .xlsx",
  ENOSPC: "le disque est plein : libérez de la place ou choisissez un autre disque",
  EROFS: "le disque est en lecture seule : choisissez un autre dossier",
  EDQUOT: "votre quota de disque est atteint : libérez de la place ou choisissez un autre disque",
  ENAMETOOLONG: "le nom du fichier est trop long : choisissez un nom plus court",
  EMFILE: "trop de fichiers sont ouverts : fermez des programmes et réessayez",
};

/** Pourquoi l'écriture de `chemin` a échoué, en français, sans code brut. */
export function messageEcriture(e: unknown, chemin: string): string {
  const c = code(e);
  const raison = ECRITURE[c];
  if (raison) return `Impossible d'écrire « ${chemin} » : ${raison}.`;
  if (c)
    return `Impossible d'écrire « ${chemin} » (erreur système ${c}) : vérifiez le dossier et réessayez.`;
  const texte = e instanceof Error ? e.message : String(e);
  return `Impossible d'écrire « ${chemin} » (${texte}) : vérifiez le dossier et réessayez.`;
}
