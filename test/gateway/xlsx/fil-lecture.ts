import { ErreurFichier } from "../../../src/gateway/erreurs-fichier";
import { lireClasseurXlsxBorne } from "../../../src/gateway/xlsx/lire-xlsx";
import { servirTaches } from "../../../src/cli/lot/travailleur";

/** Fil de test : lit un fichier borné et rend son code (ou « analyse »), ses avertissements, sa durée. */
export interface IssueLecture {
  readonly code: string;
  readonly avertissements: readonly string[];
  readonly dureeMs: number;
  readonly tasMo: number;
}

servirTaches<string, IssueLecture>(async (chemin) => {
  const debut = performance.now();
  const fin = (code: string, avertissements: readonly string[] = []) => ({
    code,
    avertissements,
    dureeMs: Math.round(performance.now() - debut),
    tasMo: Math.round(process.memoryUsage().heapUsed / 1048576),
  });
  try {
    const { avertissements } = await lireClasseurXlsxBorne(chemin);
    return fin("analyse", avertissements);
  } catch (e) {
    if (e instanceof ErreurFichier) return fin(e.raison);
    throw e;
  }
});
