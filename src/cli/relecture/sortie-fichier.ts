import { constants } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { rendreRelecture } from "./messages-relecture";

/**
 * Refus d'écrire un fichier de sortie (`relire --rapport`, `preparer --sortie`) : jamais un
 * fichier lu, jamais un fichier existant, jamais dans un dossier absent. Message français.
 */

/** Vrai si le chemin existe (fichier ou dossier). */
export const existe = (chemin: string) =>
  access(chemin, constants.F_OK).then(
    () => true,
    () => false,
  );

/** Vrai si les deux chemins désignent le même fichier (chemin, inode ou lien résolu). */
export async function memeFichier(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

export async function refusSortie(
  sortie: string,
  lus: readonly string[],
  option: string,
): Promise<string | null> {
  for (const l of lus) {
    if (await memeFichier(l, sortie)) {
      return rendreRelecture({ code: "sortie/lu", params: { sortie, lu: l, option } });
    }
  }
  if (await existe(sortie)) {
    return rendreRelecture({ code: "sortie/existe", params: { sortie } });
  }
  if (!(await existe(dirname(resolve(sortie))))) {
    return rendreRelecture({ code: "sortie/dossier", params: { sortie, option } });
  }
  return null;
}
