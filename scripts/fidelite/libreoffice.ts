import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Ré-enregistrement par LibreOffice (`soffice --headless --convert-to xlsx`, un seul appel pour
 * tous les fichiers), dans un dossier de travail qui sert aussi de profil (HOME).
 */
export function reenregistrer(
  dossier: string,
  fichiers: readonly { readonly nom: string; readonly buffer: Buffer }[],
): Buffer[] {
  const chemins = fichiers.map((f) => {
    const c = join(dossier, `${f.nom}.xlsx`);
    writeFileSync(c, f.buffer);
    return c;
  });
  const sortie = join(dossier, "lo");
  mkdirSync(sortie, { recursive: true });
  try {
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "xlsx", "--outdir", sortie, ...chemins],
      {
        timeout: 300_000,
        stdio: "pipe",
        env: { ...process.env, HOME: dossier },
      },
    );
  } catch (e) {
    const absent = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      absent
        ? "LibreOffice (soffice) est introuvable : installez-le (apt-get install libreoffice-calc-nogui)."
        : `La conversion LibreOffice a échoué : ${String(e)}`,
    );
  }
  return fichiers.map((f) => readFileSync(join(sortie, `${f.nom}.xlsx`)));
}
