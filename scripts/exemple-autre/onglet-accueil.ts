/** Page de garde : titre, consignes, identification de l'envoi, légende à trois pastilles, liens. */
import type ExcelJS from "exceljs";
import { bandeau, largeurs, libelle } from "./cellules";
import type { Enregistreur } from "./enregistreur";
import { ANNEE_N, ORGANISME } from "./organisme";
import { NOMS, SOMMAIRE, ref } from "./onglets";
import { CALCUL, FORMATS, PRE_REMPLI, SAISIE, rgbRemplissage } from "./styles";
import type { LegendeVerite } from "./verite";

export async function ecrireAccueil(r: Enregistreur): Promise<LegendeVerite> {
  const ws = r.onglet(NOMS.accueil, "accueil");
  largeurs(ws, [3, 4, 22, 22, 14, 14, 14, 14, 14, 14]);
  bandeau(
    ws,
    "B2:J2",
    `Contrat pluriannuel d'objectifs et de moyens — Diagnostic partagé — ${ANNEE_N}`,
  );
  libelle(ws, "B3", "Établissements et services pour personnes handicapées — ARS PACA / Corse", {
    italique: true,
    fusion: "B3:J3",
  });
  libelle(ws, "B5", "Consignes", { gras: true, taille: 11 });
  const consignes = [
    "1. À l'ouverture du fichier, cliquez sur « Ne pas mettre à jour » pour conserver les données pré-renseignées.",
    "2. Complétez toutes les cellules bleu-vert des annexes 1, 2-A, 2-D, 2-E et 2-F (et 2-B pour les seuls ESMS relevant du Département).",
    "3. Retournez le fichier à l'ARS, et au Département si le CPOM est tripartite, au moins 4 semaines avant la réunion de diagnostic.",
  ];
  consignes.forEach((t, i) => libelle(ws, `B${6 + i}`, t, { fusion: `B${6 + i}:J${6 + i}` }));

  libelle(ws, "B10", "Identification de l'envoi", { gras: true, taille: 11 });
  const envoi: readonly (readonly [string, string | Date | undefined, string])[] = [
    ["Organisme gestionnaire", ORGANISME.raisonSociale, "organisme gestionnaire"],
    [
      "Personne à contacter",
      "Mme Laetitia Santoni, directrice générale adjointe",
      "personne contact",
    ],
    ["Date de retour du fichier", new Date(Date.UTC(2025, 2, 14)), "date de retour"],
    ["Courriel de la personne à contacter", undefined, "courriel"],
  ];
  envoi.forEach(([texte, valeur, mesure], i) => {
    const ligne = 11 + i;
    libelle(ws, `B${ligne}`, texte, { fusion: `B${ligne}:D${ligne}` });
    r.saisie(ws, `E${ligne}`, valeur, {
      remplissage: SAISIE.accent1,
      fusion: `E${ligne}:H${ligne}`,
      ...(valeur instanceof Date ? { format: FORMATS.date } : {}),
    });
    r.valeur(ws, `E${ligne}`, {
      zone: "accueil/envoi",
      esms: null,
      perimetre: "organisme",
      mesure,
    });
  });
  r.zone(ws, "accueil/envoi", "B11:H14", "Identification de l'envoi (organisme, contact, date)");

  libelle(ws, "B16", "Légende", { gras: true, taille: 11 });
  const legende: readonly (readonly [string, ExcelJS.Fill])[] = [
    ["Cellules à compléter par l'organisme gestionnaire", SAISIE.accent1],
    ["Données pré-renseignées par l'ARS (ne pas modifier)", PRE_REMPLI],
    ["Cellules calculées automatiquement", CALCUL],
  ];
  legende.forEach(([texte, fill], i) => {
    const ligne = 17 + i;
    libelle(ws, `B${ligne}`, texte, { fusion: `B${ligne}:D${ligne}` });
    ws.getCell(`E${ligne}`).fill = structuredClone(fill);
    ws.getCell(`E${ligne}`).border = {
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    };
  });

  libelle(ws, "B21", "Sommaire — cliquez sur une annexe pour l'ouvrir", {
    gras: true,
    taille: 11,
    fusion: "B21:J21",
  });
  SOMMAIRE.forEach(([nom, texte, description], i) => {
    const ligne = 22 + i;
    const cell = ws.getCell(`C${ligne}`);
    cell.value = {
      text: texte,
      hyperlink: `#${ref(nom, "A1")}`,
      tooltip: `Aller à l'onglet ${nom}`,
    };
    cell.font = { color: { argb: "FF0563C1" }, underline: true, size: 10 };
    ws.mergeCells(`C${ligne}:F${ligne}`);
    libelle(ws, `G${ligne}`, description, { italique: true, fusion: `G${ligne}:J${ligne}` });
  });
  await r.proteger(ws);
  return {
    onglet: ws.name,
    saisie: rgbRemplissage(SAISIE.accent1) ?? "",
    preRempli: rgbRemplissage(PRE_REMPLI) ?? "",
    calcul: rgbRemplissage(CALCUL) ?? "",
    cellules: { saisie: "E17", preRempli: "E18", calcul: "E19" },
  };
}
