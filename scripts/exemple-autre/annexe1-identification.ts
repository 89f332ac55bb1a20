/** Annexe 1, section A : bloc d'identification libellé → valeur fusionnée sur D:H. */
import type ExcelJS from "exceljs";
import { libelle } from "./cellules";
import type { Enregistreur, Valeur } from "./enregistreur";
import { enLigne, parNom, parPlage } from "./onglet-listes";
import { ORGANISME } from "./organisme";
import { FORMATS, SAISIE } from "./styles";

type Champ = readonly [
  string,
  Valeur | undefined,
  number,
  Partial<{ format: string; validation: ExcelJS.DataValidation }>,
];

const IDENTIFICATION: readonly Champ[] = [
  ["Raison sociale de l'organisme gestionnaire", ORGANISME.raisonSociale, 1, {}],
  ["N° FINESS juridique", ORGANISME.finessJuridique, 1, { format: FORMATS.texte }],
  ["Statut juridique", ORGANISME.statut, 1, { validation: parPlage("statuts") }],
  ["Adresse du siège", ORGANISME.adresse, 1, {}],
  [
    "Organisation du siège (le cas échéant)",
    "Siège de 9,1 ETP à Marseille : direction générale, ressources humaines, comptabilité, paie, qualité et système d'information ; antenne à Ajaccio.",
    2,
    {},
  ],
  ["Siège autorisé (frais de siège)", "Oui", 1, { validation: enLigne("Oui,Non") }],
  [
    "Date de l'arrêté d'autorisation des frais de siège",
    new Date(Date.UTC(2021, 10, 30)),
    1,
    { format: FORMATS.date },
  ],
  ["Taux de frais de siège autorisé", 2.5, 1, { format: FORMATS.pourcent }],
  [
    "Valeurs du projet associatif",
    "Autodétermination des personnes, inclusion dans la cité, accompagnement des parcours sans rupture entre la Provence et la Corse, participation des familles.",
    3,
    {},
  ],
  ["Date du projet associatif", "31/02/2019", 1, { format: FORMATS.texte }],
  ["Type de CPOM", "Tripartite (ARS et Département)", 1, { validation: parNom("cpom") }],
  ["Personne référente CPOM (nom, fonction)", "M. Paul-Antoine Ferracci, directeur général", 1, {}],
  ["Courriel de la personne référente", "pa.ferracci@ahmh-exemple.fr", 1, {}],
  ["Téléphone de la personne référente", undefined, 1, {}],
];

export function identification(r: Enregistreur, ws: ExcelJS.Worksheet): number {
  libelle(ws, "B3", "A. Organisme gestionnaire", { gras: true, taille: 11 });
  let ligne = 4;
  for (const [texte, valeur, hauteur, o] of IDENTIFICATION) {
    const fin = ligne + hauteur - 1;
    libelle(ws, `B${ligne}`, texte, { fusion: `B${ligne}:C${fin}` });
    const a = `D${ligne}`;
    r.saisie(ws, a, valeur, { remplissage: SAISIE.accent1, fusion: `D${ligne}:H${fin}`, ...o });
    r.valeur(ws, a, {
      zone: "a1/identification",
      esms: null,
      perimetre: "organisme",
      mesure: texte,
    });
    if (texte.startsWith("Taux de frais")) {
      r.erreur(ws, a, {
        famille: "saisie",
        controle: "saisie/pourcentage-echelle",
        description: "Taux de frais de siège saisi 2,5 au lieu de 2,5 % (affiché 250,0 %).",
      });
    }
    if (texte.startsWith("Date du projet")) {
      r.erreur(ws, a, {
        famille: "saisie",
        controle: "saisie/date-invalide",
        description: "Date du projet associatif impossible : « 31/02/2019 » (texte).",
      });
    }
    ligne = fin + 1;
  }
  r.zone(ws, "a1/identification", `B4:H${ligne - 1}`, "Identification de l'organisme gestionnaire");
  return ligne;
}
