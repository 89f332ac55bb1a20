import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { classeurEnvoye, DECALAGES, retour, tronque, type Mutation } from "./retours";

/**
 * Un petit lot de retours dont les textes sont hostiles (formule, HTML, script) et son bilan
 * `relire` en .xlsx et .html : pour les vérifications « vrai client » (LibreOffice, Chromium).
 */

export const INJECTIONS = {
  formule: '=HYPERLINK("http://exemple.invalid/vol","Cliquez")',
  html: '<img src="http://exemple.invalid/x.png" onerror="window.__pirate=1"><script>window.__pirate=1</script>',
  commande: "+cmd|' /C calc'!A0",
} as const;

export interface BilanInjecte {
  readonly xlsx: string;
  readonly html: string;
  readonly code: number | null;
  readonly stderr: string;
}

export async function ecrireBilanInjecte(dossier: string): Promise<BilanInjecte> {
  const retours = join(dossier, "retours");
  mkdirSync(retours, { recursive: true });
  const envoi = await classeurEnvoye();
  const org = (raisonSociale: string, finess: string): Mutation => ({
    kind: "organisme",
    raisonSociale,
    finess,
  });
  const modifie: Mutation = {
    kind: "valeur",
    onglet: "2-C ANAP",
    cellule: "F8",
    valeur: INJECTIONS.commande,
  };
  writeFileSync(
    join(retours, "a-formule.xlsx"),
    await retour(envoi, [org(INJECTIONS.formule, "440000024"), modifie]),
  );
  writeFileSync(
    join(retours, "b-html.xlsx"),
    await retour(envoi, [org(INJECTIONS.html, "440000032")]),
  );
  writeFileSync(join(retours, "c-decale.xlsx"), await retour(envoi, DECALAGES));
  writeFileSync(join(retours, "d-abime.xlsx"), tronque(envoi));
  writeFileSync(join(dossier, "envoi.xlsx"), envoi);
  const xlsx = join(dossier, "bilan.xlsx");
  const html = join(dossier, "bilan.html");
  const r = spawnSync(
    process.execPath,
    [
      require.resolve("tsx/cli"),
      join(__dirname, "entree.ts"),
      "relire",
      retours,
      "--reference",
      join(dossier, "envoi.xlsx"),
      "--rapport",
      xlsx,
      "--rapport",
      html,
    ],
    { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" }, timeout: 120_000 },
  );
  return { xlsx, html, code: r.status, stderr: r.stderr };
}
