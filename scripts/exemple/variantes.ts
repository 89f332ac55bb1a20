import type { Semence } from "./contexte";
import { RESULTATS_E1 } from "./financier-donnees";
import { listeEsms, ORGANISME } from "./organisme";

/**
 * Ce qui distingue les variantes : cellules laissées vides dans l'exemple « en cours », et
 * incohérences semées dans la variante « erreurs » (chacune attendue d'un contrôle du registre).
 */

const [ime, iem, itep, sessad, esat, , mas, savs] = listeEsms(1);
const ARS_SEULE = RESULTATS_E1[0]?.[0] ?? "";

/** Une FINESS dont on a changé le dernier chiffre (clé fausse). */
function cleFausse(numero: string): string {
  const d = Number(numero.slice(-1));
  return `${numero.slice(0, 8)}${(d + 3) % 10}`;
}

export const SEMENCES: readonly Semence[] = [
  // Annexe 1 : numéros FINESS, capacités, total, date.
  {
    cle: "a1/esms/enfance/2/finess",
    valeur: cleFausse(itep?.finess ?? ""),
    famille: "finess",
    controle: "finess/cle",
  },
  {
    cle: "a1/esms/enfance/3/finess",
    valeur: (sessad?.finess ?? "").replace(/^(..)0/, "$1O"),
    famille: "finess",
    controle: "finess/format",
  },
  {
    cle: "a1/esms/adultes/1/finess",
    valeur: mas?.finess ?? "",
    famille: "finess",
    controle: "finess/doublon-et",
  },
  {
    cle: "a1/esms/adultes/3/finess",
    valeur: ORGANISME.finess,
    famille: "finess",
    controle: "finess/et-egal-ej",
  },
  {
    cle: "a1/esms/adultes/2/internat",
    valeur: 58,
    famille: "signaletique",
    controle: "signaletique/internat-superieur-capacite",
  },
  {
    cle: "a1/total/enfance/capacite",
    formule: "remplacee",
    valeur: 217,
    famille: "signaletique",
    controle: "signaletique/total-capacite",
  },
  {
    cle: "a1/org/date-projet-associatif",
    valeur: 2018,
    famille: "saisie",
    controle: "saisie/date-invalide",
  },
  // Axes : réponse hors liste, texte dans un nombre.
  {
    cle: "axe/axe-1-1/t1/q1/r1",
    valeur: "Oui, en cours",
    famille: "saisie",
    controle: "saisie/valeur-hors-liste",
  },
  {
    cle: "axe/axe-1-2/t1/q1/r1",
    valeur: "NC",
    famille: "saisie",
    controle: "saisie/texte-non-numerique",
  },
  // 2-C : liaison mise à jour par erreur.
  {
    cle: `2c/${ime?.finess}|Taux d'absentéisme`,
    valeur: "#REF!",
    famille: "classeur",
    controle: "classeur/valeur-erreur",
  },
  // 2-D : numérateur supérieur, dénominateur nul, taux en cache périmé.
  {
    cle: `2d/1/${esat?.nom}/num`,
    valeur: 112,
    famille: "complementaires",
    controle: "complementaires/numerateur-superieur",
  },
  {
    cle: "2d/12/Organisme/den",
    valeur: 0,
    famille: "complementaires",
    controle: "complementaires/denominateur-nul",
  },
  {
    cle: `2d/2/${ime?.nom}/taux`,
    formule: "perimee",
    cache: 0.5,
    famille: "classeur",
    controle: "classeur/formule-perimee",
  },
  // 2-E : sommes, cumul, réserves, effectifs, départs, vétusté, formule remplacée.
  {
    cle: "2e/e1/Total organisme|2023",
    formule: "remplacee",
    valeur: -75_000,
    famille: "financier",
    controle: "financier/resultats-somme",
  },
  {
    cle: "2e/e1/Total organisme|2023",
    famille: "classeur",
    controle: "classeur/formule-remplacee",
  },
  {
    cle: `2e/e1/${ARS_SEULE}|Cumul 3 ans`,
    formule: "perimee",
    cache: 292_000,
    famille: "financier",
    controle: "financier/cumul-incoherent",
  },
  {
    cle: `2e/e1/${ARS_SEULE}|Cumul 3 ans`,
    famille: "classeur",
    controle: "classeur/formule-perimee",
  },
  {
    cle: "2e/e2/Réserve de trésorerie|Total",
    formule: "remplacee",
    valeur: 760_000,
    famille: "financier",
    controle: "financier/reserves-somme",
  },
  {
    cle: "2e/e2/Réserve de trésorerie|Total",
    famille: "classeur",
    controle: "classeur/formule-remplacee",
  },
  {
    cle: "2e/e5/Paramédical|Total",
    formule: "remplacee",
    valeur: 99.5,
    famille: "financier",
    controle: "financier/effectifs-somme",
  },
  {
    cle: "2e/e5/Psychologue|SAVS",
    valeur: -0.5,
    famille: "saisie",
    controle: "saisie/negatif-interdit",
  },
  {
    cle: "2e/e4/Médical|2027",
    valeur: 6,
    signalee: "2e/e4/Médical|Total sur 5 ans",
    famille: "financier",
    controle: "financier/retraites-superieures",
  },
  {
    cle: "2e/e3/Amortissements cumulés des constructions|2022",
    valeur: 21_500_000,
    signalee: "2e/e3/Taux de vétusté des constructions|2022",
    famille: "financier",
    controle: "financier/vetuste-impossible",
  },
  {
    cle: "2e/e3/Fonds de roulement net global (FRNG)|2024",
    formule: "remplacee",
    famille: "classeur",
    controle: "classeur/formule-remplacee",
  },
  // 2-F : Creton au-delà de l'internat, total tapé, ligne d'un ESMS pour adultes.
  {
    cle: `2f/${iem?.finess}/internat.mas`,
    valeur: 14,
    famille: "creton",
    controle: "creton/superieur-capacite",
  },
  {
    cle: `2f/${itep?.finess}/total`,
    formule: "remplacee",
    valeur: 2,
    famille: "creton",
    controle: "creton/total-incoherent",
  },
  { cle: `2f/${itep?.finess}/total`, famille: "classeur", controle: "classeur/formule-remplacee" },
  // … et, par ricochet, le total général (somme des totaux de ligne, dont la valeur tapée).
  {
    cle: `2f/${itep?.finess}/total`,
    signalee: "2f/total/total",
    famille: "creton",
    controle: "creton/total-incoherent",
  },
  {
    cle: `2f/${itep?.finess}/total`,
    signalee: "2f/total/total",
    famille: "classeur",
    controle: "classeur/formule-perimee",
  },
  { cle: `2f/${mas?.finess}/internat.esat`, famille: "creton", controle: "creton/esms-adulte" },
];

/** ESMS ajouté à tort en 2-F par l'organisme dans la variante « erreurs » : la MAS. */
export const AJOUT_2F = mas;

/** Exemple « en cours » : ce qui n'est pas encore rempli. */
const VIDES_EXEMPLE: readonly RegExp[] = [
  /^accueil\/date-envoi$/,
  /^axe\/axe-3\/t(9|1[0-4])\/(difficultes|points-forts|points-amelioration)$/,
  /^axe\/axe-2\/t(4|7)\/difficultes$/,
  /^axe\/axe-1-3\/t12\/q1\/r1$/,
  /^2d\/18\//,
  new RegExp(`^2d/4/${savs?.nom ?? "-"}/den$`),
  /^2e\/e6\/.*\(prévisionnel\)$/,
  /^2e\/e4\/(Agents de service \(ASH\)|Médical|Autres fonctions)\|Provision/,
  /^2g\/.*Prix de journée/,
];

export const videDansExemple = (cle: string): boolean => VIDES_EXEMPLE.some((r) => r.test(cle));
