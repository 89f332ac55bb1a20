import type ExcelJS from "exceljs";
import { tirage } from "../aleatoire";
import { a1, ENTETE, Page, type Contexte } from "../contexte";
import { ANNEE, type Esms } from "../organisme";
import { BLEUS, FORMATS, miseEnPage, police } from "../styles";

/**
 * Annexe 2-G — indicateurs départementaux, pour les ESMS de compétence du Département (exclusive
 * ou conjointe) : saisis par l'organisme (bleu) ; « sans objet » pour un service (gris).
 */

const D = `31/12/${ANNEE - 1}`;
const INDICATEURS = [
  ["Taux d'occupation de l'hébergement", FORMATS.pourcent, true],
  ["Bénéficiaires de l'aide sociale à l'hébergement", FORMATS.entier, true],
  ["Part des personnes originaires du département", FORMATS.pourcent, false],
  [`Personnes de 60 ans et plus au ${D}`, FORMATS.entier, false],
  [`Personnes en liste d'attente au ${D}`, FORMATS.entier, false],
  [`Prix de journée hébergement ${ANNEE - 1} (€)`, '#,##0.00 "€"', true],
] as const;

export function ecrire2G(ctx: Contexte, wb: ExcelJS.Workbook, esms: readonly Esms[]): void {
  const ws = wb.addWorksheet("2-G Départementaux", {
    views: [{ showGridLines: false, state: "frozen", ySplit: 5 }],
    properties: { tabColor: { argb: "FF7F7F7F" } },
  });
  const p = new Page(ctx, ws);
  p.largeurs([13, 36, 12, ...INDICATEURS.map(() => 15)]);
  p.bandeau("Annexe 2-G — Indicateurs départementaux", "A1:I1");
  p.texte(
    "A2",
    "Établissements et services relevant de la compétence du Département (aide sociale à l'hébergement, accompagnement à domicile).",
    { fusion: "A2:I2", police: police.sousTitre },
  );
  p.texte(
    "A3",
    "Indicateurs demandés par le Conseil départemental ; « sans objet » pour les services sans hébergement.",
    { fusion: "A3:I3", police: police.note },
  );
  const entete = ENTETE;
  ["N° FINESS", "Établissement ou service", "Catégorie", ...INDICATEURS.map(([l]) => l)].forEach(
    (t, j) => p.texte(a1(j + 1, 5), t, entete),
  );
  p.hauteur(5, 58);
  const concernes = esms.filter((e) => e.autorite !== "ARS");
  concernes.forEach((e, i) => {
    const row = 6 + i;
    p.prerempli(a1(1, row), undefined, e.finess, { format: FORMATS.texte });
    p.prerempli(a1(2, row), undefined, e.nom);
    p.prerempli(a1(3, row), undefined, e.categorie, { horizontal: "center" });
    const t = tirage(`2g/${e.finess}`);
    const valeurs = [
      t.entier(930, 995) / 1000,
      Math.round((e.effectif * t.entier(70, 95)) / 100),
      t.entier(75, 95) / 100,
      Math.round((e.effectif * t.entier(10, 30)) / 100),
      t.entier(4, 25),
      t.entier(15_000, 23_000) / 100,
    ];
    INDICATEURS.forEach(([libelle, format, hebergement], j) => {
      const adr = a1(4 + j, row);
      if (hebergement && e.service) {
        p.prerempli(adr, undefined, "sans objet", { horizontal: "center", police: police.note });
        return;
      }
      p.saisie(adr, `2g/${e.finess}|${libelle}`, valeurs[j] ?? null, {
        bleu: BLEUS.accent1Clair40,
        format,
        horizontal: "center",
      });
    });
  });
  miseEnPage(ws, "Annexe 2-G", "5:5");
}
