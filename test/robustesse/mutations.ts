import type { Mutation } from "./bases";
import { MUTATIONS_STRUCTURE } from "./mutations-structure";

/**
 * Mutations des classeurs d'exemple : ce qu'un établissement fait subir au modèle (saisies
 * absurdes, fusions, lignes supprimées, onglets masqués, renommés, supprimés, noms cassés) et
 * l'issue attendue de chacune : un constat précis, un code d'erreur de lecture, un avertissement
 * de repérage, ou des onglets reconnus malgré tout. Jamais une exception.
 */

const CAPA = "a1/esms/enfance/0/capacite";

const SAISIES: readonly Mutation[] = [
  {
    nom: "« NC » dans une capacité",
    base: "complet",
    appliquer: (a) => void (a.cel(CAPA).value = "NC"),
    attendu: { constat: "saisie/texte-non-numerique" },
  },
  {
    nom: "nombre tapé comme texte",
    base: "complet",
    appliquer: (a) => void (a.cel(CAPA).value = "12"),
    attendu: { constat: "saisie/texte-dans-nombre" },
  },
  {
    nom: "1e308 dans une capacité",
    base: "complet",
    appliquer: (a) => void (a.cel(CAPA).value = 1e308),
    attendu: { constat: "saisie/valeur-demesuree" },
  },
  {
    nom: "capacité d'un milliard",
    base: "exemple",
    appliquer: (a) => void (a.cel("a1/esms/adultes/1/capacite").value = 2e9),
    attendu: { constat: "saisie/valeur-demesuree" },
  },
  {
    nom: "capacité négative",
    base: "complet",
    appliquer: (a) => void (a.cel(CAPA).value = -5),
    attendu: { constat: "saisie/negatif-interdit" },
  },
  {
    nom: "capacité décimale",
    base: "complet",
    appliquer: (a) => void (a.cel(CAPA).value = 12.5),
    attendu: { constat: "saisie/entier-attendu" },
  },
  {
    nom: "-5 ETP en 2-E",
    base: "complet",
    appliquer: (a) => void (a.cel("2e/e5").value = -5),
    attendu: { constat: "saisie/negatif-interdit" },
  },
  {
    nom: "montant de 10^13 € en 2-E",
    base: "complet",
    appliquer: (a) => void (a.cel("2e/e1").value = 1e13),
    attendu: { constat: "saisie/valeur-demesuree" },
  },
  {
    nom: "« 31/02/2021 » en date",
    base: "complet",
    appliquer: (a) => void (a.cel("a1/org/date-arrete-siege").value = "31/02/2021"),
    attendu: { constat: "saisie/date-invalide" },
  },
  {
    nom: "date en 2099",
    base: "complet",
    appliquer: (a) =>
      void (a.cel("a1/org/date-projet-associatif").value = new Date(Date.UTC(2099, 0, 1))),
    attendu: { constat: "saisie/date-invalide" },
  },
  {
    nom: "date valide tapée en texte",
    base: "complet",
    appliquer: (a) => void (a.cel("a1/org/date-arrete-siege").value = "15/03/2021"),
    attendu: { constat: "saisie/date-en-texte" },
  },
  {
    nom: "date en texte illisible",
    base: "exemple",
    appliquer: (a) => void (a.cel("a1/org/date-arrete-siege").value = "le 3 mars"),
    attendu: { constat: "saisie/date-invalide" },
  },
  {
    nom: "choix hors liste",
    base: "complet",
    appliquer: (a) => void (a.cel("a1/org/type-cpom").value = "Peut-être"),
    attendu: { constat: "saisie/valeur-hors-liste" },
  },
  {
    nom: "85 dans un taux au format %",
    base: "complet",
    appliquer: (a) => void (a.cel("a1/org/taux-frais-siege").value = 85),
    attendu: { constat: "saisie/pourcentage-echelle" },
  },
  {
    nom: "#REF! dans une saisie",
    base: "complet",
    appliquer: (a) => void (a.cel(CAPA).value = { error: "#REF!" }),
    attendu: { constat: "classeur/valeur-erreur" },
  },
  {
    nom: "« NC » dans 2-F",
    base: "complet",
    appliquer: (a) => void (a.cel("2f/").value = "NC"),
    attendu: { constat: "saisie/texte-non-numerique" },
  },
  {
    nom: "taux de 2-D remplacé par une valeur",
    base: "complet",
    appliquer: (a) => void (a.cel("2d/1/IME Les Grands Chênes/taux").value = 0.5),
    attendu: { constat: "classeur/formule-remplacee" },
  },
  {
    nom: "bloc 2-D sans numérateur",
    base: "complet",
    appliquer: (a) => {
      for (const k of Object.keys({ C5: 1, D5: 1, E5: 1, F5: 1, G5: 1 }))
        a.feuille("2-D Indic. compl.").getCell(k).value = null;
    },
    attendu: { constat: "complementaires/paire-incomplete" },
  },
];

export const MUTATIONS: readonly Mutation[] = [...SAISIES, ...MUTATIONS_STRUCTURE];
