import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ecrireLegende } from "./legende";
import type { MiseEnPage } from "./parametres";
import { Pinceau } from "./pinceau";
import { appliquerTheme, styles } from "./styles";
import { ecrireTableau } from "./tableau";
import { ecrireThematique } from "./thematique";
import { Enregistreur, Hasard, type VeriteFeuille } from "./verite";

/**
 * Écrit un classeur aléatoire (une mise en page tirée par `parametres.ts`) et sa vérité terrain :
 * un Accueil (légende ou non) puis une à trois feuilles de tableaux d'ESMS et de thématiques.
 */

export interface ClasseurAleatoire {
  readonly buffer: Buffer;
  readonly verite: readonly VeriteFeuille[];
}

export async function ecrireClasseurAleatoire(m: MiseEnPage): Promise<ClasseurAleatoire> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const verite = new Enregistreur();
  const p = new Pinceau(styles(m.palette), verite, new Hasard(m.graine));
  const accueil = wb.addWorksheet("Accueil");
  verite.feuille(accueil);
  p.libelle(accueil, 1, 2, "CPOM — Diagnostic partagé", { gras: true });
  if (m.legende.ou !== "aucune") ecrireLegende(accueil, m.legende, p, 3);
  m.feuilles.forEach((f, k) => {
    const ws = wb.addWorksheet(`Onglet ${k + 1}`);
    verite.feuille(ws);
    let r = 1;
    if (m.legende.ou === "chaque") r = ecrireLegende(ws, m.legende, p, r);
    // Une colonne masquée l'est pour toute la feuille : seulement quand un tableau est seul sur
    // sa feuille, sans thématique (une ligne masquée ne gêne pas les tableaux empilés).
    const seul = f.tableaux.length === 1 && !f.thematique;
    for (const t of f.tableaux) {
      const masquee = seul || t.orientation === "colonnes" ? t.masquee : "aucune";
      r = ecrireTableau(ws, { ...t, masquee }, p, r + 1) + 1;
    }
    if (f.thematique) ecrireThematique(ws, f.thematique, p, r + 1);
  });
  const brut = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(brut);
  const chemin = "xl/theme/theme1.xml";
  const xml = await zip.file(chemin)?.async("string");
  if (xml) zip.file(chemin, appliquerTheme(xml, m.palette.theme));
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { buffer, verite: verite.feuilles };
}
