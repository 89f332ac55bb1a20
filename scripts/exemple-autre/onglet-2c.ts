/**
 * Annexe 2-C « TdB ANAP », TRANSPOSÉE : un ESMS par colonne, en-tête à deux niveaux (secteur fusionné
 * au-dessus du nom, puis FINESS et catégorie), axes du TdB fusionnés verticalement en colonne B,
 * indicateurs en lignes. Tout est pré-rempli par l'ARS (gris) ; feuille protégée.
 */
import { adr, bandeau, entete, largeurs, libelle } from "./cellules";
import { normaliser, type Enregistreur } from "./enregistreur";
import { NOMS } from "./onglets";
import { TDB } from "./organisme";
import { FORMATS, THEMATIQUE } from "./styles";

interface IndicateurAnap {
  readonly id: string;
  readonly axe: string;
  readonly libelle: string;
  readonly unite: string;
  readonly format: string;
  /** Une valeur par ESMS de TDB, dans l'ordre ; null = sans objet (cellule grise vide). */
  readonly valeurs: readonly (number | null)[];
}

// Ordre de TDB : IME Calanques, SESSAD, ITEP, IME Licettu, ESAT, MAS, FAM, SAVS, SAMSAH.
const INDICATEURS: readonly IndicateurAnap[] = [
  {
    id: "taux-realisation-activite",
    axe: "Prestations de soins et d'accompagnement",
    libelle: "Taux de réalisation de l'activité",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.962, 1.031, 0.948, 0.917, 0.985, 0.991, 0.973, 1.046, 0.952],
  },
  {
    id: "taux-occupation",
    axe: "Prestations de soins et d'accompagnement",
    libelle: "Taux d'occupation des lits ou places financés",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.944, null, 0.921, 0.902, 0.978, 0.986, 0.959, null, null],
  },
  {
    id: "file-active",
    axe: "Prestations de soins et d'accompagnement",
    libelle: "File active des personnes accompagnées sur la période",
    unite: "nombre",
    format: FORMATS.entier,
    valeurs: [78, 61, 44, 43, 101, 41, 31, 47, 27],
  },
  {
    id: "taux-derogation",
    axe: "Prestations de soins et d'accompagnement",
    libelle: "Taux de personnes en dérogation ou hors autorisation",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.114, 0.02, 0.057, 0.368, 0, 0, 0, 0, 0],
  },
  {
    id: "taux-rotation-places",
    axe: "Prestations de soins et d'accompagnement",
    libelle: "Taux de rotation des places financées",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.125, 0.311, 0.194, 0.1, 0.078, 0.025, 0.067, 0.286, 0.35],
  },
  {
    id: "taux-absenteisme",
    axe: "Ressources humaines et matérielles",
    libelle: "Taux d'absentéisme (hors formation)",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.087, 0.052, 0.112, 0.074, 0.069, 0.131, 0.098, 0.045, 0.061],
  },
  {
    id: "taux-rotation-personnel",
    axe: "Ressources humaines et matérielles",
    libelle: "Taux de rotation des personnels",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.131, 0.164, 0.208, 0.096, 0.082, 0.177, 0.151, 0.12, 0.143],
  },
  {
    id: "taux-etp-vacants",
    axe: "Ressources humaines et matérielles",
    libelle: "Taux d'ETP vacants au 31/12",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.041, 0.068, 0.093, 0.055, 0.012, 0.074, 0.061, 0.029, 0.048],
  },
  {
    id: "taux-prestations-externes",
    axe: "Ressources humaines et matérielles",
    libelle: "Taux de prestations externes sur les prestations directes",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.028, 0.019, 0.046, 0.037, 0.011, 0.064, 0.052, 0.008, 0.033],
  },
  {
    id: "taux-encadrement",
    axe: "Ressources humaines et matérielles",
    libelle: "Taux d'encadrement (ETP par place)",
    unite: "ETP / place",
    format: FORMATS.etp,
    valeurs: [0.82, 0.36, 0.97, 0.88, 0.21, 1.34, 1.08, 0.17, 0.48],
  },
  {
    id: "taux-caf",
    axe: "Équilibre financier",
    libelle: "Taux de CAF",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.041, 0.036, 0.029, 0.052, 0.047, 0.033, 0.026, 0.031, 0.044],
  },
  {
    id: "taux-vetuste-constructions",
    axe: "Équilibre financier",
    libelle: "Taux de vétusté des constructions",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.512, null, 0.438, 0.276, 0.604, 0.357, 0.489, null, null],
  },
  {
    id: "taux-endettement",
    axe: "Équilibre financier",
    libelle: "Taux d'endettement",
    unite: "%",
    format: FORMATS.pourcent,
    valeurs: [0.312, 0.05, 0.268, 0.447, 0.221, 0.395, 0.336, 0.02, 0.11],
  },
  {
    id: "frng-jours",
    axe: "Équilibre financier",
    libelle: "FRNG en jours de charges courantes",
    unite: "jours",
    format: FORMATS.jours,
    valeurs: [62.4, 48.1, 55.7, 39.2, 71.5, 58.3, 44.6, 36.9, 52.8],
  },
];

const COL0 = 5; // E
const LIGNE0 = 8;

/** Adresse de la valeur d'un indicateur pour un ESMS (pour les renvois des axes). */
export function celluleAnap(id: string, esmsId: string): { addr: string; valeur: number } {
  const i = INDICATEURS.findIndex((x) => x.id === id);
  const j = TDB.findIndex((e) => e.id === esmsId);
  const v = INDICATEURS[i]?.valeurs[j];
  if (i < 0 || j < 0 || v === null || v === undefined) throw new Error(`2-C : ${id} × ${esmsId}`);
  return { addr: adr(COL0 + j, LIGNE0 + i), valeur: v };
}

export async function ecrireAnap(r: Enregistreur): Promise<void> {
  const ws = r.onglet(NOMS.anap, "anap-2c");
  largeurs(ws, [2, 22, 40, 10, ...TDB.map(() => 15)]);
  const derniere = adr(COL0 + TDB.length - 1, 1).replace(/\d+$/, "");
  bandeau(
    ws,
    `B1:${derniere}1`,
    "ANNEXE 2-C — INDICATEURS DU TABLEAU DE BORD DE LA PERFORMANCE (ANAP)",
  );
  libelle(
    ws,
    "B2",
    "Campagne 2024 — données de l'exercice 2023 — valeurs importées par l'ARS, ne pas modifier",
    { italique: true, fusion: `B2:${derniere}2` },
  );
  entete(ws, "B4", "Axe du tableau de bord", "B4:B7");
  entete(ws, "C4", "Indicateur", "C4:C7");
  entete(ws, "D4", "Unité", "D4:D7");
  const nEnfance = TDB.filter((e) => e.secteur === "enfance").length;
  entete(ws, adr(COL0, 4), "Secteur Enfance", `${adr(COL0, 4)}:${adr(COL0 + nEnfance - 1, 4)}`);
  entete(
    ws,
    adr(COL0 + nEnfance, 4),
    "Secteur Adultes",
    `${adr(COL0 + nEnfance, 4)}:${adr(COL0 + TDB.length - 1, 4)}`,
  );
  TDB.forEach((e, j) => {
    entete(ws, adr(COL0 + j, 5), e.nom);
    entete(ws, adr(COL0 + j, 6), e.finess);
    entete(ws, adr(COL0 + j, 7), e.sigle);
  });
  let debutAxe = LIGNE0;
  INDICATEURS.forEach((ind, i) => {
    const l = LIGNE0 + i;
    libelle(ws, `C${l}`, ind.libelle, { bordure: true });
    libelle(ws, `D${l}`, ind.unite, { bordure: true, centre: true });
    ind.valeurs.forEach((v, j) => {
      const e = TDB[j];
      if (v === null || !e) return;
      const a = adr(COL0 + j, l);
      r.preRempli(ws, a, v, { format: ind.format });
      r.valeur(ws, a, {
        zone: "2c",
        esms: e.finess,
        mesure: normaliser(ind.libelle),
        exercice: "2023",
      });
    });
    const suivant = INDICATEURS[i + 1];
    if (!suivant || suivant.axe !== ind.axe) {
      libelle(ws, `B${debutAxe}`, ind.axe, {
        gras: true,
        remplissage: THEMATIQUE,
        bordure: true,
        fusion: `B${debutAxe}:B${l}`,
      });
      debutAxe = l + 1;
    }
  });
  const fin = LIGNE0 + INDICATEURS.length - 1;
  r.zone(
    ws,
    "2c",
    `B4:${adr(COL0 + TDB.length - 1, fin)}`,
    "Indicateurs ANAP par ESMS (ESMS en colonnes)",
  );
  ws.views = [{ state: "frozen", xSplit: 4, ySplit: 7 }];
  await r.proteger(ws);
}
