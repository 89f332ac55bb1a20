import type { LigneEsms } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { categorieEsms, esmsRenseignes, nombre, nomEsms, texte } from "./esms";
import type { Controle, Signaler, VueControle } from "./types";

/** Famille `signaletique` : Annexe 1, capacités et identification (classeur-diagnostic.md §5.2). */

const ONGLETS = ["annexe-1"] as const;
const SECTEURS = { enfance: "enfance", adultes: "adultes" } as const;

function parEsms(
  vue: VueControle,
  signaler: Signaler,
  f: (l: LigneEsms, s: Signaler) => void,
): void {
  for (const l of esmsRenseignes(vue.repere)) f(l, signaler);
}

/** Statuts juridiques FINESS (referentiels.md §2), normalisés ; mots-clés suffisants. */
const STATUTS = [
  "association",
  "fondation",
  "congregation",
  "mutualiste",
  "mutuelle",
  "gcsms",
  "ccas",
  "cias",
  "centre communal d action sociale",
  "centre intercommunal d action sociale",
  "etablissement public",
  "etablissement social et medico social public",
  "groupement d interet public",
  "sarl",
  "sa",
  "sas",
  "sasu",
  "eurl",
  "societe",
  "organisme prive",
];

export const CONTROLES_SIGNALETIQUE: readonly Controle[] = [
  {
    meta: {
      id: "signaletique/internat-superieur-capacite",
      gravite: "erreur",
      onglets: [...ONGLETS],
      description: "La capacité en internat est une partie de la capacité totale autorisée.",
      messages: {
        internat:
          "{{nom}} : la capacité en internat ({{internat}}) dépasse la capacité totale ({{capacite}}).",
      },
      correction: "Corriger : l'internat est une partie de la capacité totale.",
      pourquoi: "« Capacité totale dont internat » : l'internat ne peut pas dépasser le total.",
      source: "Guide ARS Pays de la Loire, Annexe 1 [CONFIRMÉ]",
    },
    run: (vue, signaler) =>
      parEsms(vue, signaler, (l, s) => {
        const capacite = nombre(l.champs.capacite);
        const internat = nombre(l.champs.internat);
        if (capacite === null || internat === null || internat <= capacite) return;
        const a = [l.champs.internat?.location, l.champs.capacite?.location].filter((x) => !!x);
        s({ messageId: "internat", data: { nom: nomEsms(l), internat, capacite }, a });
      }),
  },
  {
    meta: {
      id: "signaletique/capacite-absente",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description: "Chaque ESMS de l'Annexe 1 a une capacité totale autorisée positive.",
      messages: { absente: "{{nom}} : capacité totale autorisée manquante ou nulle." },
      correction: "Reporter la capacité de l'arrêté d'autorisation.",
      pourquoi: "La capacité sert aux taux d'occupation, aux contrôles Creton et aux indicateurs.",
      source: "Guide ARS Pays de la Loire, rubrique attendue [CONFIRMÉ]",
    },
    run: (vue, signaler) =>
      parEsms(vue, signaler, (l, s) => {
        const capacite = nombre(l.champs.capacite);
        if (capacite !== null && capacite > 0) return;
        const loc = (l.champs.capacite ?? l.champs.nom ?? l.champs.finess)?.location;
        if (loc) s({ messageId: "absente", data: { nom: nomEsms(l) }, a: loc });
      }),
  },
  {
    meta: {
      id: "signaletique/internat-service",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description: "Un service (SESSAD, SAVS, SAMSAH, CAMSP, CMPP, BAPU) n'a pas d'internat.",
      messages: {
        service: "{{nom}} est un service : une capacité en internat n'est pas attendue.",
      },
      correction: "Vérifier la catégorie ou mettre l'internat à 0.",
      pourquoi: "Les services accompagnent sans hébergement.",
      source: "referentiels.md §1 [CONNAISSANCE]",
    },
    run: (vue, signaler) =>
      parEsms(vue, signaler, (l, s) => {
        const internat = nombre(l.champs.internat);
        const loc = l.champs.internat?.location;
        if (loc && internat !== null && internat > 0 && categorieEsms(l)?.service) {
          s({ messageId: "service", data: { nom: nomEsms(l) }, a: loc });
        }
      }),
  },
  {
    meta: {
      id: "signaletique/categorie-hors-ph",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description: "Les ESMS du CPOM relèvent du champ des personnes handicapées.",
      messages: {
        "hors-ph": "{{nom}} ({{categorie}}) ne relève pas du champ personnes handicapées.",
      },
      correction: "Retirer l'ESMS du périmètre ou relever un CPOM PA/PH commun.",
      pourquoi: "Le CPOM PH ne porte que sur les ESMS pour personnes handicapées.",
      source: "referentiels.md §1.3 [CONFIRMÉ]",
    },
    run: (vue, signaler) =>
      parEsms(vue, signaler, (l, s) => {
        const cat = categorieEsms(l);
        const loc = (l.champs.categorie ?? l.champs.nom)?.location;
        if (loc && cat?.secteur === "hors-ph") {
          s({ messageId: "hors-ph", data: { nom: nomEsms(l), categorie: cat.sigle }, a: loc });
        }
      }),
  },
  {
    meta: {
      id: "signaletique/secteur-incoherent",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description:
        "Un ESMS enfance est dans le tableau enfance, un ESMS adultes dans le tableau adultes.",
      messages: { secteur: "{{nom}} ({{categorie}}) est rangé dans le secteur {{secteur}}." },
      correction: "Déplacer la ligne dans le bon tableau.",
      pourquoi: "Le secteur décide de l'axe à remplir (1-1 ou 1-2) et des contrôles Creton.",
      source: "Agrégats FINESS 4100 / 4300, referentiels.md §1 [CONFIRMÉ]",
    },
    run: (vue, signaler) =>
      parEsms(vue, signaler, (l, s) => {
        const cat = categorieEsms(l);
        const loc = (l.champs.categorie ?? l.champs.nom)?.location;
        if (!loc || !cat || cat.secteur === "hors-ph" || cat.secteur === l.secteur) return;
        s({
          messageId: "secteur",
          data: { nom: nomEsms(l), categorie: cat.sigle, secteur: SECTEURS[l.secteur] },
          a: loc,
        });
      }),
  },
  {
    meta: {
      id: "signaletique/total-capacite",
      gravite: "erreur",
      onglets: [...ONGLETS],
      description: "La ligne « Total » d'un tableau d'ESMS est la somme de ses lignes.",
      messages: {
        total:
          "Le total des capacités ({{total}}) ne correspond pas à la somme des ESMS ({{somme}}).",
      },
      correction: "Rétablir la formule de total.",
      pourquoi: "Un total faux fausse la capacité de l'organisme présentée en réunion.",
      source: "[INFÉRENCE]",
    },
    run(vue, signaler) {
      const a1 = vue.repere.annexe1;
      if (!a1) return;
      for (const secteur of ["enfance", "adultes", null] as const) {
        for (const cle of ["capacite", "internat"]) {
          // null : la ligne « Total » d'un tableau unique aux deux secteurs.
          const champ = secteur ? a1.totaux[secteur]?.[cle] : a1.totalGeneral?.[cle];
          const total = nombre(champ);
          if (!champ || total === null) continue;
          const somme = a1.esms
            .filter((l) => secteur === null || l.secteur === secteur)
            .reduce((s, l) => s + (nombre(l.champs[cle]) ?? 0), 0);
          if (total !== somme) {
            signaler({ messageId: "total", data: { total, somme }, a: champ.location });
          }
        }
      }
    },
  },
  {
    meta: {
      id: "signaletique/projet-associatif-vide",
      gravite: "alerte",
      onglets: [...ONGLETS],
      description: "Les valeurs du projet associatif sont résumées à l'Annexe 1.",
      messages: { vide: "Les valeurs du projet associatif ne sont pas renseignées." },
      correction: "Résumer en quelques lignes les valeurs du projet associatif.",
      pourquoi: "Le guide demande ces valeurs : elles orientent les objectifs du CPOM.",
      source: "Guide ARS Pays de la Loire [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const c = vue.repere.annexe1?.organisme["valeurs-projet-associatif"];
      if (c && !texte(c)) signaler({ messageId: "vide", a: c.location });
    },
  },
  {
    meta: {
      id: "signaletique/statut-hors-nomenclature",
      gravite: "info",
      onglets: [...ONGLETS],
      description: "Le statut juridique correspond à un libellé de la nomenclature FINESS.",
      messages: { statut: "Statut juridique non reconnu : {{valeur}}." },
      correction:
        "Choisir un statut de la nomenclature FINESS (ex. « Association loi 1901 non reconnue d'utilité publique »).",
      pourquoi: "Le statut détermine le cadre budgétaire et comptable de l'organisme.",
      source: "Nomenclature FINESS des statuts, referentiels.md §2 [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const c = vue.repere.annexe1?.organisme["statut-juridique"];
      const valeur = texte(c);
      if (!c || !valeur) return;
      const n = ` ${normaliserTexte(valeur)} `;
      if (!STATUTS.some((s) => n.includes(` ${s} `))) {
        signaler({ messageId: "statut", data: { valeur }, a: c.location });
      }
    },
  },
];
