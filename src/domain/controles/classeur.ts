import { adresseA1 } from "../classeur/adresse";
import type { Location } from "../classeur/snapshot";
import { entreeCatalogue } from "../classeur/catalogue/catalogue";
import {
  titreCourt,
  TYPES_A_SAISIR,
  TYPES_ATTENDUS,
  TYPES_MODELE,
} from "../classeur/catalogue/listes";
import type { TypeOnglet } from "../classeur/types-onglet";
import { secteursAnnexe1 } from "./esms";
import type { Controle, VueControle } from "./types";
import { CONTROLE_ZONE_INTROUVABLE } from "./zones";

/** Famille `classeur` : structure du classeur, valeurs d'erreur, formules (modèle §3, §6). */

const titre = titreCourt;
const A_SAISIR: readonly TypeOnglet[] = TYPES_A_SAISIR;
/** Annexes du modèle puis Accueil (ni feuilles générées ni onglets inconnus). */
const TOUS: readonly TypeOnglet[] = TYPES_MODELE;
const ERREURS_SIGNALEES = [
  "#REF!",
  "#VALUE!",
  "#VALEUR!",
  "#NAME?",
  "#NOM?",
  "#N/A",
  "#NUM!",
  "#NULL!",
];

/**
 * Formule liée à un autre classeur (« [Budget.xlsx] », « C:\\ », « https:// »). Le motif n'est essayé
 * que si la formule contient l'un des trois signes qu'il exige (la plupart n'en ont aucun).
 */
const LIEN = /\[[^\]]+\]|[A-Za-z]:\\|https?:\/\//;
const lieeAilleurs = (f: string) =>
  (f.includes("[") || f.includes(":\\") || f.includes("://")) && LIEN.test(f);

const debut = (o: { sheetId: string; nom: string }): Location => ({
  sheetId: o.sheetId,
  sheetName: o.nom,
  row: 0,
  col: 0,
});
const visibles = (vue: VueControle) => vue.onglets.filter((o) => o.visible);

/** Onglets à retourner ; un axe d'un seul secteur, si l'Annexe 1 a des ESMS de ce secteur. */
function typesAttendus(vue: VueControle): TypeOnglet[] {
  const s = secteursAnnexe1(vue.repere);
  return TYPES_ATTENDUS.filter((t) => {
    const secteur = entreeCatalogue(t)?.secteur;
    return !secteur || s.has(secteur);
  });
}

export const CONTROLES_CLASSEUR: readonly Controle[] = [
  {
    meta: {
      id: "classeur/onglet-attendu-absent",
      gravite: "alerte",
      onglets: [...TOUS],
      description: "Chaque annexe à retourner est présente (axes 1-1 / 1-2 selon les secteurs).",
      messages: { absent: "L'onglet {{titre}} est introuvable dans ce classeur." },
      correction:
        "Vérifier qu'il n'a pas été supprimé ; s'il a été renommé, indiquer son type dans le sommaire.",
      pourquoi: "Les annexes 1, 2-A, 2-D, 2-E et 2-F sont à retourner complétées.",
      source: "Guide ARS Pays de la Loire [CONFIRMÉ]",
    },
    run(vue, signaler) {
      if (vue.onglets.length === 0) return;
      const presents = new Set(vue.onglets.map((o) => o.type));
      for (const t of typesAttendus(vue)) {
        if (!presents.has(t)) signaler({ messageId: "absent", data: { titre: titre(t) }, a: [] });
      }
    },
  },
  {
    meta: {
      id: "classeur/onglet-en-double",
      gravite: "alerte",
      onglets: [...TOUS],
      description: "Un seul onglet visible par type d'annexe.",
      messages: { double: "Deux onglets semblent être {{titre}} : {{noms}}." },
      correction: "Garder un seul exemplaire, ou corriger le type de l'autre dans le sommaire.",
      pourquoi: "Une copie « (2) » est fréquente ; une seule version doit faire foi.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const t of TOUS) {
        const memes = visibles(vue).filter((o) => o.type === t);
        if (memes.length < 2) continue;
        signaler({
          messageId: "double",
          data: { titre: titre(t), noms: memes.map((o) => `« ${o.nom} »`).join(", ") },
          a: memes.map(debut),
        });
      }
    },
  },
  {
    meta: {
      id: "classeur/onglet-inconnu",
      gravite: "info",
      onglets: ["inconnu"],
      description: "Un onglet visible ne correspond à aucune annexe du modèle.",
      messages: { inconnu: "L'onglet {{nom}} ne correspond à aucune annexe du modèle." },
      correction: "Si c'est une annexe, indiquer son type ; sinon, rien à faire.",
      pourquoi:
        "Un onglet non reconnu n'est pas contrôlé : s'il s'agit d'une annexe, elle échappe aux contrôles.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const o of visibles(vue)) {
        if (o.type === "inconnu")
          signaler({ messageId: "inconnu", data: { nom: `« ${o.nom} »` }, a: debut(o) });
      }
    },
  },
  CONTROLE_ZONE_INTROUVABLE,
  {
    meta: {
      id: "classeur/valeur-erreur",
      gravite: "erreur",
      onglets: [...TOUS],
      description: "Aucune cellule n'affiche #REF!, #VALEUR!, #NOM?, #N/A (hors #DIV/0!).",
      messages: {
        erreur:
          "{{n}} {{n|cellule affiche|cellules affichent}} une erreur ({{codes}}) dans {{onglet}}.",
      },
      correction:
        "Si les liaisons ont été mises à jour, repartir du fichier envoyé par l'ARS ; sinon rétablir la formule.",
      pourquoi: "Une liaison mise à jour par erreur efface les données pré-remplies.",
      source: "Consigne « Ne pas mettre à jour » du guide [INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const sheet of vue.snapshot.sheets) {
        if (sheet.visibility !== "Visible") continue;
        const a: Location[] = [];
        const codes = new Set<string>();
        // Les types d'abord : les erreurs sont rares, aucune valeur n'est lue avant.
        sheet.valueTypes.forEach((types, i) => {
          for (let j = 0; j < types.length; j++) {
            if (types[j] !== "Error") continue;
            const v = sheet.values[i]?.[j];
            if (!ERREURS_SIGNALEES.includes(String(v))) continue;
            codes.add(String(v));
            a.push({
              sheetId: sheet.id,
              sheetName: sheet.name,
              row: sheet.origin.row + i,
              col: sheet.origin.col + j,
            });
          }
        });
        if (a.length === 0) continue;
        signaler({
          messageId: "erreur",
          data: { n: a.length, codes: [...codes].join(", "), onglet: sheet.name },
          a,
        });
      }
    },
  },
  {
    meta: {
      id: "classeur/liens-externes",
      gravite: "info",
      onglets: [...TOUS],
      description: "Formules liées à d'autres classeurs (import ARS).",
      messages: {
        liens:
          "{{n}} {{n|formule est liée|formules sont liées}} à d'autres fichiers ; {{n|sa valeur n'est pas mise à jour|leurs valeurs ne sont pas mises à jour}} ici.",
      },
      correction: "À l'ouverture, choisir « Ne pas mettre à jour » ; ne pas modifier ces cellules.",
      pourquoi:
        "Mettre à jour des liaisons vers des fichiers absents efface les valeurs pré-remplies.",
      source: "Guide ARS Pays de la Loire [CONFIRMÉ]",
    },
    run(vue, signaler) {
      for (const sheet of vue.snapshot.sheets) {
        const a: Location[] = [];
        sheet.formulas.forEach((ligne, i) =>
          ligne.forEach((f, j) => {
            if (f && lieeAilleurs(f)) {
              a.push({
                sheetId: sheet.id,
                sheetName: sheet.name,
                row: sheet.origin.row + i,
                col: sheet.origin.col + j,
              });
            }
          }),
        );
        if (a.length > 0) signaler({ messageId: "liens", data: { n: a.length }, a });
      }
    },
  },
  {
    meta: {
      id: "classeur/feuille-protegee",
      gravite: "info",
      onglets: [...A_SAISIR],
      description: "Un onglet à saisir est protégé.",
      messages: {
        protegee: "L'onglet {{onglet}} est protégé : le surlignage n'y est pas possible.",
      },
      correction:
        "Rien à faire pour saisir ; ôter la protection seulement si le coordonnateur l'autorise.",
      pourquoi: "Excel refuse toute mise en forme sur une feuille protégée.",
      source: "Comportement d'Excel (AccessDenied)",
    },
    run(vue, signaler) {
      for (const o of visibles(vue)) {
        const sheet = vue.snapshot.sheets.find((s) => s.id === o.sheetId);
        if (sheet?.protected && A_SAISIR.includes(o.type)) {
          signaler({ messageId: "protegee", data: { onglet: o.nom }, a: debut(o) });
        }
      }
    },
  },
  {
    meta: {
      id: "classeur/plage-demesuree",
      gravite: "info",
      onglets: [...TOUS],
      description: "La plage utilisée d'un onglet dépasse 200 000 cellules.",
      messages: {
        plage: "L'onglet {{onglet}} est formaté jusqu'à {{adresse}} : l'analyse sera plus lente.",
      },
      correction: "Effacer les formats des lignes et colonnes inutilisées.",
      pourquoi:
        "Des mises en forme jusqu'au bas de la feuille ralentissent la lecture du classeur.",
      source: "Performance de lecture [INFÉRENCE]",
    },
    run(vue, signaler) {
      for (const s of vue.snapshot.sheets) {
        if (s.rowCount * s.columnCount <= 200_000) continue;
        const adresse = adresseA1(s.origin.row + s.rowCount - 1, s.origin.col + s.columnCount - 1);
        signaler({
          messageId: "plage",
          data: { onglet: s.name, adresse },
          a: { sheetId: s.id, sheetName: s.name, row: s.origin.row, col: s.origin.col },
        });
      }
    },
  },
];
