import { adresseA1 } from "../classeur/adresse";
import { estVide } from "../classeur/cellule";
import type { Location } from "../classeur/snapshot";
import { normaliserTexte } from "../classeur/texte";
import { formaterNombre } from "../indicateurs/format";
import { lireDate } from "../valeurs/date";
import { lireEntree } from "../indicateurs/lecture";
import { attendNombre, champsDates, champsNumeriques } from "./champs";
import { texte } from "./esms";
import { CONTROLES_SAISIE_COMPLETUDE } from "./saisie-completude";
import { TYPES_A_SAISIR, TYPES_AXES } from "../classeur/catalogue/listes";
import type { Controle } from "./types";

/** Famille `saisie` : complétude et nature des valeurs saisies (tous onglets). */

/** Les onglets à saisir (catalogue). */
const TOUS = TYPES_A_SAISIR;

const a1 = (l: Location) => adresseA1(l.row, l.col);
const fr = (n: number) => formaterNombre(n, 2, false);

/** 01/01/1990 et 31/12/2050 en numéros de série Excel. */
const DATE_MIN = 32874;
const DATE_MAX = 55153;

/** Texte jj/mm/aaaa d'une date du calendrier (« 31/02/2021 » refusée, lireDate), de 1990 à 2050. */
function dateTexteValide(t: string): boolean {
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t.trim())) return false;
  const d = lireDate({ value: t, type: "String" });
  return d.kind === "date" && d.annee >= 1990 && d.annee <= 2050;
}

export const CONTROLES_SAISIE: readonly Controle[] = [
  ...CONTROLES_SAISIE_COMPLETUDE,
  {
    meta: {
      id: "saisie/texte-dans-nombre",
      gravite: "alerte",
      onglets: [...TOUS],
      description:
        "Une cellule numérique contient un nombre, pas un texte qui ressemble à un nombre.",
      messages: {
        texte:
          "{{cellule}} contient du texte ({{texte}}) lu comme {{valeur}} ; les formules du classeur l'ignorent.",
      },
      correction: "Retaper la valeur comme un nombre (sans espace ni symbole).",
      pourquoi: "Un texte casse SOMME et les taux du classeur, même s'il ressemble à un nombre.",
      source: "classeur-diagnostic.md §3.3 bis [INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const { champ } of champsNumeriques(vue.repere)) {
        if (!attendNombre(vue.snapshot, champ)) continue;
        const lu = lireEntree(champ);
        if (!lu.depuisTexte || lu.valeur === null) continue;
        signaler({
          messageId: "texte",
          data: { cellule: a1(champ.location), texte: String(lu.brute), valeur: fr(lu.valeur) },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "saisie/texte-non-numerique",
      gravite: "erreur",
      onglets: [...TOUS],
      description:
        "Une cellule de saisie numérique (d'après son type, son format et sa liste, pas sa valeur) ne contient pas un texte illisible comme nombre ; un libellé, un pré-rempli ou un calcul n'est jamais visé.",
      messages: { texte: "{{cellule}} attend un nombre mais contient {{texte}}." },
      correction:
        "Saisir un nombre ; si la donnée est inconnue, laisser vide et l'expliquer dans un encart.",
      pourquoi: "L'indicateur qui utilise cette cellule ne peut pas être calculé.",
      source: "classeur-diagnostic.md §3.3 bis",
    },
    run(vue, signaler) {
      for (const { champ } of champsNumeriques(vue.repere)) {
        if (!attendNombre(vue.snapshot, champ)) continue;
        if (champ.cellule.type !== "String" || lireEntree(champ).raison !== "texte-non-numerique")
          continue;
        signaler({
          messageId: "texte",
          data: { cellule: a1(champ.location), texte: `« ${texte(champ)} »` },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "saisie/negatif-interdit",
      gravite: "erreur",
      onglets: ["annexe-1", "complementaires-2d", "financier-2e", "creton-2f"],
      description:
        "Capacités, effectifs, ETP, nombres de personnes et de départs ne sont jamais négatifs.",
      messages: { negatif: "{{cellule}} ne peut pas être négatif ({{valeur}})." },
      correction: "Corriger le signe ou la valeur.",
      pourquoi: "Ces grandeurs sont positives par nature ; un signe moins est une faute de saisie.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const { champ, positif } of champsNumeriques(vue.repere)) {
        const v = lireEntree(champ).valeur;
        if (!positif || v === null || v >= 0) continue;
        signaler({
          messageId: "negatif",
          data: { cellule: a1(champ.location), valeur: fr(v) },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "saisie/entier-attendu",
      gravite: "alerte",
      onglets: ["annexe-1", "financier-2e", "creton-2f"],
      description: "Places, personnes et départs sont des nombres entiers.",
      messages: { entier: "{{cellule}} devrait être un nombre entier ({{valeur}})." },
      correction: "Saisir un nombre entier (les ETP, eux, peuvent être décimaux).",
      pourquoi: "On ne compte pas une fraction de place ou de personne.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const { champ, entier } of champsNumeriques(vue.repere)) {
        const v = lireEntree(champ).valeur;
        if (!entier || v === null || Number.isInteger(v)) continue;
        signaler({
          messageId: "entier",
          data: { cellule: a1(champ.location), valeur: fr(v) },
          a: champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "saisie/date-invalide",
      gravite: "erreur",
      onglets: ["annexe-1", ...TYPES_AXES],
      description: "Une cellule de date contient une date plausible (1990 à 2050).",
      messages: { date: "{{cellule}} ne contient pas une date plausible ({{texte}})." },
      correction: "Saisir une date au format jj/mm/aaaa.",
      pourquoi:
        "Une date illisible ou hors période ne peut pas être exploitée (ancienneté, échéances).",
      source: "[INFÉRENCE] ; bornes fixes faute de date de CPOM dans le classeur",
    },
    run(vue, signaler) {
      for (const champ of champsDates(vue.repere)) {
        const { value, type } = champ.cellule;
        if (estVide(champ.cellule)) continue;
        const ok =
          type === "Double"
            ? typeof value === "number" && value >= DATE_MIN && value <= DATE_MAX
            : type === "String" && dateTexteValide(String(value));
        if (!ok) {
          signaler({
            messageId: "date",
            data: { cellule: a1(champ.location), texte: String(value) },
            a: champ.location,
          });
        }
      }
    },
  },
  {
    meta: {
      id: "saisie/valeur-hors-liste",
      gravite: "erreur",
      onglets: [...TOUS],
      description: "Une cellule à liste déroulante contient un choix de sa liste.",
      messages: {
        liste: "{{cellule}} contient {{valeur}}, qui n'est pas un choix de la liste ({{choix}}).",
      },
      correction: "Choisir une valeur dans la liste.",
      pourquoi:
        "Un collage contourne la validation d'Excel ; la réponse n'est alors pas exploitable.",
      source: "Comportement d'Excel (validation de données)",
    },
    run(vue, signaler) {
      for (const sheet of vue.snapshot.sheets) {
        if (sheet.visibility !== "Visible") continue;
        for (const v of sheet.validations) {
          if (v.type !== "list" || !v.values || v.values.length === 0) continue;
          const choix = new Set(v.values.map((x) => normaliserTexte(x)));
          const { range } = v;
          for (let r = range.top; r <= range.bottom; r++) {
            for (let c = range.left; c <= range.right; c++) {
              const val = sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col];
              if (val === undefined || val === "" || typeof val === "boolean") continue;
              if (choix.has(normaliserTexte(String(val)))) continue;
              const l = { sheetId: sheet.id, sheetName: sheet.name, row: r, col: c };
              signaler({
                messageId: "liste",
                data: { cellule: a1(l), valeur: `« ${String(val)} »`, choix: v.values.join(", ") },
                a: l,
              });
            }
          }
        }
      }
    },
  },
  {
    meta: {
      id: "saisie/pourcentage-echelle",
      gravite: "alerte",
      onglets: [...TOUS],
      description: "Une valeur saisie dans une cellule au format % ne dépasse pas 150 %.",
      messages: {
        echelle:
          "{{cellule}} affiche {{affiche}} : la valeur a sans doute été saisie sans tenir compte du format %.",
      },
      correction: "Saisir 85 % ou 0,85.",
      pourquoi: "Taper 85 dans une cellule au format % affiche 8 500 % : le taux est faux.",
      source: "Erreur d'échelle fréquente [INFÉRENCE]",
    },
    run(vue, signaler) {
      const prerempli = new Set(
        vue.onglets
          .filter((o) => o.type === "anap-2c" || o.type === "flash-2b")
          .map((o) => o.sheetId),
      );
      for (const sheet of vue.snapshot.sheets) {
        if (prerempli.has(sheet.id) || sheet.visibility !== "Visible") continue;
        sheet.values.forEach((ligne, i) =>
          ligne.forEach((val, j) => {
            // Le format n'est lu que pour un nombre au-delà de 1,5 (rare).
            if (typeof val !== "number" || val <= 1.5) return;
            const fmt = sheet.numberFormats[i]?.[j] ?? "";
            if (!fmt.includes("%")) return;
            if (sheet.formulas[i]?.[j]) return;
            const l = {
              sheetId: sheet.id,
              sheetName: sheet.name,
              row: sheet.origin.row + i,
              col: sheet.origin.col + j,
            };
            signaler({
              messageId: "echelle",
              data: { cellule: a1(l), affiche: `${formaterNombre(val * 100, 0)} %` },
              a: l,
            });
          }),
        );
      }
    },
  },
  {
    meta: {
      id: "saisie/formule-dans-saisie",
      gravite: "info",
      onglets: [...TOUS],
      description: "Une cellule bleue (à saisir) contient une formule.",
      messages: { formule: "{{cellule}} est une zone de saisie mais contient une formule." },
      correction: "Vérifier que c'est voulu ; sinon saisir la valeur.",
      pourquoi: "Une formule collée dans une saisie peut suivre des cellules sans rapport.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const s of vue.saisies()) {
        if (!s.champ.cellule.formula) continue;
        signaler({
          messageId: "formule",
          data: { cellule: a1(s.champ.location) },
          a: s.champ.location,
        });
      }
    },
  },
];
