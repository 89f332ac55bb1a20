import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Ré-enregistrement par LibreOffice (`soffice --headless --convert-to xlsx`, un seul appel pour
 * tous les fichiers), dans un dossier temporaire (préfixe `prefixe`) qui sert aussi de profil
 * (HOME) et qui est supprimé ensuite, que la conversion réussisse ou non.
 */
export function reenregistrer(
  fichiers: readonly { readonly nom: string; readonly buffer: Uint8Array }[],
  prefixe = "cpom-libreoffice-",
): Buffer[] {
  const dossier = mkdtempSync(join(tmpdir(), prefixe));
  try {
    return convertir(dossier, fichiers);
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

function convertir(
  dossier: string,
  fichiers: readonly { readonly nom: string; readonly buffer: Uint8Array }[],
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
