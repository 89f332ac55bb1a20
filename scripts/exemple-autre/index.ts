/**
 * Second classeur d'exemple, « autre mise en page » : même modèle de contenu que le premier, mise en
 * page différente sur chaque onglet, avec sa vérité terrain enregistrée cellule par cellule.
 */
import ExcelJS from "exceljs";
import { AXE_1_1 } from "./axe-1-1";
import { AXE_1_2 } from "./axe-1-2";
import { AXE_1_3 } from "./axe-1-3";
import { AXE_2 } from "./axe-2";
import { AXE_3 } from "./axe-3";
import { ecrireAxe } from "./axe";
import { Enregistreur } from "./enregistreur";
import { ecrireAccueil } from "./onglet-accueil";
import { ecrireAnnexe1 } from "./onglet-annexe1";
import { ecrireAnap } from "./onglet-2c";
import { ecrireFlash } from "./onglet-2b";
import { ecrireComplementaires } from "./onglet-2d";
import { ecrireCreton } from "./onglet-2f";
import { ecrireFinancier } from "./onglet-2e";
import { ecrireDepartementaux } from "./onglet-2g";
import { ecrireNotes } from "./onglet-notes";
import { ecrireListes } from "./onglet-listes";
import { ESMS, ORGANISME } from "./organisme";
import { poserTheme, themeVerite } from "./theme";
import type { VeriteTerrain } from "./verite";

export type { VeriteTerrain } from "./verite";

const DATE_FIXE = new Date(Date.UTC(2025, 0, 15, 9, 0, 0));

export async function genererAutreMiseEnPage(): Promise<{ buffer: Buffer; verite: VeriteTerrain }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ARS PACA — Direction de l'autonomie";
  wb.lastModifiedBy = ORGANISME.sigle;
  wb.created = DATE_FIXE;
  wb.modified = DATE_FIXE;
  wb.calcProperties.fullCalcOnLoad = false;
  poserTheme(wb);
  const r = new Enregistreur(wb);
  const legende = await ecrireAccueil(r);
  ecrireAnnexe1(r);
  for (const axe of [AXE_1_1, AXE_1_2, AXE_1_3, AXE_2, AXE_3]) ecrireAxe(r, axe);
  await ecrireAnap(r);
  await ecrireFlash(r);
  ecrireComplementaires(r);
  ecrireCreton(r);
  ecrireFinancier(r);
  ecrireDepartementaux(r);
  ecrireNotes(r);
  ecrireListes(r);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const { onglets, zones, valeurs, erreurs } = r.resultat();
  const verite: VeriteTerrain = {
    variante: "autre-mise-en-page",
    organisme: {
      raisonSociale: ORGANISME.raisonSociale,
      finessJuridique: ORGANISME.finessJuridique,
      departements: [...ORGANISME.departements],
    },
    esms: ESMS.map((e) => ({
      finess: e.finess,
      nom: e.nom,
      categorie: e.codeCategorie,
      departement: e.departement,
      secteur: e.secteur,
    })),
    legende,
    onglets,
    zones,
    valeurs,
    erreurs,
    theme: themeVerite(),
  };
  return { buffer, verite };
}
