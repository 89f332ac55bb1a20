import type ExcelJS from "exceljs";
import { a1, ENTETE, Page, type Contexte, type Valeur } from "../contexte";
import { ORGANISME, type Esms, type Secteur } from "../organisme";
import { BLEUS, COULEURS, FORMATS, miseEnPage, police } from "../styles";
import { somme } from "./calculs";
import { sourceListe } from "./listes";

/**
 * Annexe 1 — fiche signalétique : section A (organisme gestionnaire, un libellé et sa valeur
 * bleue à droite), sections B et C (un tableau d'ESMS par secteur, ligne « Total » calculée).
 */

type Champ = readonly [
  cle: string,
  libelle: string,
  valeur: Valeur,
  hauteur: number,
  format?: string,
  liste?: string,
];

const CHAMPS_ORGANISME: readonly Champ[] = [
  ["raison-sociale", "Raison sociale de l'organisme gestionnaire", ORGANISME.raisonSociale, 18],
  ["finess-juridique", "N° FINESS juridique", ORGANISME.finess, 18, FORMATS.texte],
  [
    "statut-juridique",
    "Statut juridique",
    ORGANISME.statut,
    18,
    undefined,
    sourceListe("Statut juridique"),
  ],
  ["adresse-siege", "Adresse du siège", ORGANISME.adresse, 18],
  ["organisation-siege", "Organisation du siège (le cas échéant)", ORGANISME.organisationSiege, 44],
  [
    "siege-autorise",
    "Siège autorisé (frais de siège)",
    ORGANISME.siegeAutorise,
    18,
    undefined,
    sourceListe("Oui / Non"),
  ],
  [
    "date-arrete-siege",
    "Date de l'arrêté d'autorisation du siège",
    ORGANISME.dateArrete,
    18,
    FORMATS.date,
  ],
  ["taux-frais-siege", "Taux de frais de siège autorisé", ORGANISME.tauxFraisSiege, 18, "0.00%"],
  ["valeurs-projet-associatif", "Valeurs du projet associatif", ORGANISME.valeurs, 44],
  [
    "date-projet-associatif",
    "Date d'adoption du projet associatif",
    ORGANISME.dateProjet,
    18,
    FORMATS.date,
  ],
  ["type-cpom", "Type de CPOM", ORGANISME.typeCpom, 18, undefined, sourceListe("Type de CPOM")],
  [
    "referent",
    "Personne référente CPOM (nom, fonction, courriel, téléphone)",
    ORGANISME.referent,
    30,
  ],
];

const COLONNES = [
  ["finess", "N° FINESS géographique"],
  ["nom", "Nom de l'établissement ou du service"],
  ["categorie", "Catégorie"],
  ["commune", "Commune"],
  ["capacite", "Capacité totale autorisée"],
  ["internat", "dont capacité en internat"],
  ["public", "Public spécifique mentionné dans l'arrêté d'autorisation"],
  ["autorite", "Autorité de tarification"],
] as const;

export interface EsmsEcrit {
  readonly secteur: Secteur;
  readonly valeurs: Readonly<Record<(typeof COLONNES)[number][0], Valeur>>;
}

function tableau(
  p: Page,
  debut: number,
  secteur: Secteur,
  esms: readonly Esms[],
  ecrits: EsmsEcrit[],
): number {
  const titre = secteur === "enfance" ? "B. ESMS du secteur Enfance" : "C. ESMS du secteur Adultes";
  p.texte(a1(1, debut), titre, {
    fusion: `A${debut}:H${debut}`,
    police: police.section,
    fond: COULEURS.section,
    bordure: true,
  });
  const entete = debut + 1;
  COLONNES.forEach(([, libelle], j) => p.texte(a1(j + 1, entete), libelle, ENTETE));
  p.hauteur(entete, 40);
  let row = entete + 1;
  const premiere = row;
  const capacites: Valeur[] = [];
  const internats: Valeur[] = [];
  esms.forEach((e, i) => {
    const base = `a1/esms/${secteur}/${i}`;
    const valeurs = {} as Record<(typeof COLONNES)[number][0], Valeur>;
    const complet: Record<string, Valeur> = {
      finess: e.finess,
      nom: e.nom,
      categorie: e.categorie,
      commune: e.commune,
      capacite: e.capacite,
      internat: e.internat,
      public: e.public,
      autorite: e.autorite,
    };
    COLONNES.forEach(([cle], j) => {
      const liste =
        cle === "categorie"
          ? sourceListe("Catégories d'ESMS")
          : cle === "autorite"
            ? sourceListe("Autorité de tarification")
            : undefined;
      valeurs[cle] = p.saisie(a1(j + 1, row), `${base}/${cle}`, complet[cle] ?? null, {
        bleu: BLEUS.accent1Clair80,
        retour: cle === "public" || cle === "nom",
        ...(cle === "finess" ? { format: FORMATS.texte } : {}),
        ...(cle === "capacite" || cle === "internat"
          ? { format: FORMATS.entier, horizontal: "center" as const }
          : {}),
        ...(liste ? { liste } : {}),
      });
    });
    capacites.push(valeurs.capacite);
    internats.push(valeurs.internat);
    ecrits.push({ secteur, valeurs });
    p.hauteur(row, 30);
    row++;
  });
  const derniere = row - 1;
  p.texte(a1(1, row), `Total secteur ${secteur === "enfance" ? "Enfance" : "Adultes"}`, {
    fusion: `A${row}:D${row}`,
    police: police.grasse,
    fond: COULEURS.enTete,
    bordure: true,
  });
  for (const [col, cle, valeurs] of [
    [5, "capacite", capacites],
    [6, "internat", internats],
  ] as const) {
    const lettre = a1(col, 1).replace(/\d+$/, "");
    p.calcul(
      a1(col, row),
      `a1/total/${secteur}/${cle}`,
      `SUM(${lettre}${premiere}:${lettre}${derniere})`,
      somme(valeurs),
      { format: FORMATS.entier, horizontal: "center", police: police.grasse },
    );
  }
  p.texte(a1(7, row), "", { fusion: `G${row}:H${row}`, fond: COULEURS.enTete, bordure: true });
  return row + 2;
}

const secteur = (esms: readonly Esms[], s: Secteur) => esms.filter((e) => e.secteur === s);

export function ecrireAnnexe1(
  ctx: Contexte,
  wb: ExcelJS.Workbook,
  esms: readonly Esms[],
): EsmsEcrit[] {
  const ws = wb.addWorksheet("Annexe 1", {
    views: [{ showGridLines: false }],
    properties: { tabColor: { argb: COULEURS.bandeau } },
  });
  const p = new Page(ctx, ws);
  p.largeurs([16, 34, 12, 18, 12, 12, 40, 22]);
  p.bandeau("Annexe 1 — Fiche signalétique de l'organisme gestionnaire et des ESMS", "A1:H1");
  p.texte(
    "A2",
    "Caractéristiques de l'organisme gestionnaire et des établissements et services entrant dans le périmètre du CPOM.",
    { fusion: "A2:H2", police: police.note },
  );
  p.texte(
    "A3",
    "Une ligne par établissement ou service (numéro FINESS géographique), capacités globalisées : hébergement permanent, accueil de jour et accueil temporaire. Pour ajouter un établissement, insérez une ligne au-dessus de la ligne « Total ».",
    { fusion: "A3:H3", police: police.note, retour: true },
  );
  p.hauteur(3, 24);
  p.texte("A4", "A. Organisme gestionnaire", {
    fusion: "A4:H4",
    police: police.section,
    fond: COULEURS.section,
    bordure: true,
  });
  CHAMPS_ORGANISME.forEach(([cle, libelle, valeur, hauteur, format, liste], i) => {
    const row = 5 + i;
    p.texte(a1(1, row), libelle, {
      fusion: `A${row}:B${row}`,
      bordure: true,
      retour: true,
      fond: COULEURS.prerempli,
    });
    p.saisie(a1(3, row), `a1/org/${cle}`, valeur, {
      bleu: BLEUS.themeAccent1,
      fusion: `C${row}:H${row}`,
      retour: hauteur > 18,
      horizontal: "left",
      ...(format ? { format } : {}),
      ...(liste ? { liste } : {}),
    });
    p.hauteur(row, hauteur);
  });
  const ecrits: EsmsEcrit[] = [];
  const debut = tableau(
    p,
    6 + CHAMPS_ORGANISME.length,
    "enfance",
    secteur(esms, "enfance"),
    ecrits,
  );
  tableau(p, debut, "adultes", secteur(esms, "adultes"), ecrits);
  miseEnPage(ws, "Annexe 1");
  return ecrits;
}
