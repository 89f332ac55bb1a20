import type { Champ, DiagnosticRepere } from "../classeur/modele";
import { nomEsms, texte } from "./esms";
import { CONTROLE_DEPARTEMENT } from "./finess-departement";
import { lireFiness, type LectureFiness } from "./finess-outils";
import type { Controle, Signaler } from "./types";

/** Famille `finess` : format, clé de Luhn (Corse comprise), EJ / ET, département (docs/referentiels-finess.md). */

interface CelluleFiness {
  readonly champ: Champ;
  readonly lu: LectureFiness;
  readonly role: "ej" | "et";
  readonly nom: string;
}

/** Lues une fois par modèle repéré (jamais modifié après le repérage), pour les six contrôles. */
const lues = new WeakMap<DiagnosticRepere, readonly CelluleFiness[]>();

function cellulesFiness(repere: DiagnosticRepere): readonly CelluleFiness[] {
  let res = lues.get(repere);
  if (!res) {
    res = lire(repere);
    lues.set(repere, res);
  }
  return res;
}

function lire(repere: DiagnosticRepere): CelluleFiness[] {
  const res: CelluleFiness[] = [];
  const ej = repere.annexe1?.organisme["finess-juridique"];
  if (ej) res.push({ champ: ej, lu: lireFiness(ej.cellule.value), role: "ej", nom: "l'organisme" });
  for (const l of repere.annexe1?.esms ?? []) {
    const c = l.champs.finess;
    if (c) res.push({ champ: c, lu: lireFiness(c.cellule.value), role: "et", nom: nomEsms(l) });
  }
  for (const l of repere.creton2f?.lignes ?? []) {
    if (l.finess) {
      res.push({
        champ: l.finess,
        lu: lireFiness(l.finess.cellule.value),
        role: "et",
        nom: texte(l.nom),
      });
    }
  }
  return res;
}

const SOURCE = "XSD du flux FINESS, https://github.com/ansforge/finess ; referentiels.md §4";
const ONGLETS = ["annexe-1", "creton-2f"] as const;

function parStatut(statut: LectureFiness["statut"], messageId: string) {
  return (vue: { repere: DiagnosticRepere }, signaler: Signaler) => {
    for (const c of cellulesFiness(vue.repere)) {
      if (c.lu.statut !== statut) continue;
      signaler({
        messageId,
        data: { valeur: c.lu.saisi, ...(statut === "zero-perdu" ? { corrige: c.lu.numero } : {}) },
        a: c.champ.location,
      });
    }
  };
}

const VALIDES = new Set(["valide", "zero-perdu"]);

export const CONTROLES_FINESS: readonly Controle[] = [
  {
    meta: {
      id: "finess/format",
      gravite: "erreur",
      onglets: [...ONGLETS],
      description: "Un numéro FINESS a 9 caractères : 2 pour le département, puis 7 chiffres.",
      messages: {
        format:
          "Le numéro FINESS {{valeur}} ({{cellule}}) n'a pas le format attendu : 9 caractères.",
      },
      correction: "Saisir les 9 caractères, sans espace.",
      pourquoi: "Un numéro mal formé ne permet pas d'identifier l'organisme ou l'établissement.",
      source: `${SOURCE} [CONFIRMÉ]`,
    },
    run: (vue, signaler) => parStatut("format", "format")(vue, signaler),
  },
  {
    meta: {
      id: "finess/cle",
      gravite: "erreur",
      onglets: [...ONGLETS],
      description: "Le dernier chiffre (clé de Luhn) d'un numéro FINESS est correct.",
      messages: {
        cle: "La clé du numéro FINESS {{valeur}} est incorrecte : vérifiez une faute de frappe.",
      },
      correction: "Recopier le numéro depuis l'arrêté d'autorisation ou finess.sante.gouv.fr.",
      pourquoi:
        "Une clé fausse trahit une faute de frappe : le numéro désigne un autre ESMS ou aucun.",
      source: `Clé de Luhn sur 9 chiffres, ${SOURCE} [CONFIRMÉ]`,
    },
    run: (vue, signaler) => parStatut("cle", "cle")(vue, signaler),
  },
  {
    meta: {
      id: "finess/zero-initial-perdu",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description: "Un numéro de l'Ain à 09 saisi comme un nombre a perdu son zéro initial.",
      messages: { "zero-perdu": "Le numéro {{valeur}} a perdu son zéro initial : {{corrige}} ?" },
      correction: "Mettre la cellule au format Texte et ressaisir le numéro complet.",
      pourquoi: "Excel supprime les zéros de tête d'un nombre : le numéro n'a plus que 8 chiffres.",
      source: "Comportement d'Excel ; referentiels.md §4.2",
    },
    run: (vue, signaler) => parStatut("zero-perdu", "zero-perdu")(vue, signaler),
  },
  {
    meta: {
      id: "finess/espaces",
      gravite: "info",
      onglets: [...ONGLETS],
      description: "Un numéro FINESS saisi avec espaces, points ou tirets.",
      messages: {
        espaces: "Le numéro {{valeur}} contient des séparateurs ; il a été lu comme {{normalise}}.",
      },
      correction: "Saisir les 9 caractères sans séparateur.",
      pourquoi:
        "Le site FINESS affiche « NN NNN NNN N » ; les outils de l'ARS attendent 9 caractères.",
      source: "Affichage du site FINESS",
    },
    run(vue, signaler) {
      for (const c of cellulesFiness(vue.repere)) {
        if (!c.lu.separateurs || !VALIDES.has(c.lu.statut)) continue;
        signaler({
          messageId: "espaces",
          data: { valeur: c.lu.saisi, normalise: c.lu.numero },
          a: c.champ.location,
        });
      }
    },
  },
  {
    meta: {
      id: "finess/et-egal-ej",
      gravite: "erreur",
      onglets: ["annexe-1"],
      description: "Le FINESS géographique d'un ESMS diffère du FINESS juridique de l'organisme.",
      messages: {
        egal: "Le FINESS géographique {{valeur}} est identique au FINESS juridique.",
      },
      correction:
        "Saisir le FINESS de l'établissement (ET), distinct de celui de l'organisme (EJ).",
      pourquoi:
        "EJ et ET sont des immatriculations distinctes : l'un désigne l'organisme, l'autre le site.",
      source: "referentiels.md §4.1 [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const cellules = cellulesFiness(vue.repere);
      const ej = cellules.find((c) => c.role === "ej");
      if (!ej || ej.lu.statut === "vide") return;
      for (const c of cellules) {
        if (c.role === "et" && c.lu.numero === ej.lu.numero) {
          signaler({ messageId: "egal", data: { valeur: c.lu.numero }, a: c.champ.location });
        }
      }
    },
  },
  {
    meta: {
      id: "finess/doublon-et",
      gravite: "erreur",
      onglets: ["annexe-1"],
      description: "Chaque ESMS n'a qu'une ligne à l'Annexe 1.",
      messages: { doublon: "Le FINESS {{valeur}} apparaît deux fois ({{cellules}})." },
      correction: "Globaliser les capacités sur une seule ligne par ESMS.",
      pourquoi:
        "Une ligne par ESMS, capacités globalisées : un doublon compte deux fois les places.",
      source: "Guide ARS Pays de la Loire, Annexe 1 [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const parNumero = new Map<string, Champ[]>();
      for (const l of vue.repere.annexe1?.esms ?? []) {
        const c = l.champs.finess;
        const n = lireFiness(c?.cellule.value).numero;
        if (!c || !n) continue;
        parNumero.set(n, [...(parNumero.get(n) ?? []), c]);
      }
      for (const [n, champs] of parNumero) {
        if (champs.length > 1) {
          signaler({ messageId: "doublon", data: { valeur: n }, a: champs.map((c) => c.location) });
        }
      }
    },
  },
  CONTROLE_DEPARTEMENT,
];
