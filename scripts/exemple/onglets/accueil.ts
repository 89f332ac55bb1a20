import type ExcelJS from "exceljs";
import { a1, Page, type Contexte } from "../contexte";
import { ANNEE, ORGANISME } from "../organisme";
import { BLEUS, COULEURS, FORMATS, miseEnPage, police, remplissage } from "../styles";

/**
 * Onglet Accueil : titre, identification de l'envoi (cellules bleues), légende des couleurs,
 * consignes et sommaire (liens hypertexte vers chaque annexe, à la place des boutons VBA).
 */

export interface Lien {
  readonly texte: string;
  readonly onglet: string;
}

const CONSIGNES = [
  "À l'ouverture du fichier, cliquez sur « Ne pas mettre à jour » lorsque Excel propose de mettre à jour les liaisons : les données importées par l'ARS dans les annexes 2-B et 2-C doivent être conservées.",
  "Complétez les annexes 1, 2-A, 2-D, 2-E et 2-F, ainsi que 2-B pour les seuls établissements de compétence exclusive du Département : toutes les zones en bleu.",
  "En 2-D, saisissez uniquement le numérateur et le dénominateur : le taux se calcule automatiquement.",
  "Ne renommez pas les onglets et n'insérez pas de colonnes. Vous pouvez ajouter des lignes d'établissements à l'Annexe 1, au-dessus de la ligne « Total ».",
  "Retournez le fichier complété à l'ARS, et au Département si le CPOM est tripartite, au moins 4 semaines avant la réunion consacrée au diagnostic.",
];

export function ecrireAccueil(ctx: Contexte, wb: ExcelJS.Workbook, liens: readonly Lien[]): void {
  const ws = wb.addWorksheet("Accueil", {
    views: [{ showGridLines: false }],
    properties: { tabColor: { argb: COULEURS.bandeau } },
  });
  const p = new Page(ctx, ws);
  p.largeurs([3, 6, 30, 30, 3, 6, 30, 30]);
  p.texte(
    "A1",
    "Contrat pluriannuel d'objectifs et de moyens (CPOM) — Établissements et services pour personnes handicapées",
    { fusion: "A1:H1", police: police.titre, fond: COULEURS.bandeau, horizontal: "center" },
  );
  p.hauteur(1, 30);
  p.texte("A2", `Diagnostic partagé — négociation ${ANNEE}`, {
    fusion: "A2:H2",
    police: { ...police.sousTitre, size: 14 },
    horizontal: "center",
  });
  p.hauteur(2, 24);
  p.texte(
    "A3",
    "Agence régionale de santé Pays de la Loire — Conseils départementaux de Loire-Atlantique, de Maine-et-Loire et de la Vendée",
    { fusion: "A3:H3", police: police.note, horizontal: "center" },
  );

  p.texte("B5", "Identification de l'envoi", { fusion: "B5:D5", police: police.section });
  const ident: [string, string, string | Date, string?][] = [
    ["Organisme gestionnaire", "accueil/organisme", ORGANISME.raisonSociale],
    ["Personne à contacter", "accueil/contact", ORGANISME.contact],
    ["Date d'envoi du fichier complété", "accueil/date-envoi", ORGANISME.dateEnvoi, FORMATS.date],
  ];
  ident.forEach(([libelle, cle, valeur, format], i) => {
    const row = 6 + i;
    p.texte(a1(2, row), libelle, { fusion: `B${row}:C${row}`, police: police.grasse });
    p.saisie(a1(4, row), cle, valeur, {
      bleu: BLEUS.accent1Clair80,
      fusion: `D${row}:G${row}`,
      horizontal: "left",
      ...(format ? { format } : {}),
    });
  });

  p.texte("B10", "Légende des couleurs", { fusion: "B10:D10", police: police.section });
  const legende: [ExcelJS.Fill, string][] = [
    [remplissage.bleu(BLEUS.accent1Clair80), "Cellules à renseigner par l'organisme gestionnaire"],
    [remplissage.argb(COULEURS.prerempli), "Données pré-renseignées par l'ARS (ne pas modifier)"],
    [remplissage.argb(COULEURS.calcule), "Cellules calculées automatiquement (ne pas modifier)"],
    [remplissage.argb(COULEURS.enTete), "Intitulés et en-têtes de tableaux"],
  ];
  legende.forEach(([fill, texte], i) => {
    const row = 11 + i;
    const pastille = ws.getCell(a1(2, row));
    pastille.fill = fill;
    pastille.border = {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    };
    p.texte(a1(3, row), texte, { fusion: `C${row}:G${row}`, retrait: 1 });
  });

  p.texte("B16", "Consignes de remplissage", { fusion: "B16:D16", police: police.section });
  CONSIGNES.forEach((texte, i) => {
    const row = 17 + i;
    p.texte(a1(2, row), `${i + 1}.`, { horizontal: "right", vertical: "top" });
    p.texte(a1(3, row), texte, { fusion: `C${row}:H${row}`, retour: true, vertical: "top" });
    p.hauteur(row, 14 * Math.ceil(texte.length / 160) + 3);
  });

  const debut = 18 + CONSIGNES.length;
  p.texte(a1(2, debut), "Sommaire — accès aux annexes", {
    fusion: `B${debut}:D${debut}`,
    police: police.section,
  });
  const moitie = Math.ceil(liens.length / 2);
  liens.forEach((l, i) => {
    const row = debut + 1 + (i % moitie) * 2;
    const col = i < moitie ? 2 : 6;
    const zone = `${a1(col, row)}:${a1(col + 2, row)}`;
    p.texte(
      a1(col, row),
      { text: l.texte, hyperlink: `#'${l.onglet}'!A1`, tooltip: `Aller à ${l.onglet}` },
      {
        fusion: zone,
        police: police.bouton,
        fond: COULEURS.section,
        horizontal: "center",
        bordure: true,
      },
    );
    p.hauteur(row, 22);
  });
  miseEnPage(ws, "Accueil");
  ws.pageSetup.orientation = "portrait";
}
