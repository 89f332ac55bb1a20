import { esmsRenseignes, categorieEsms, nomEsms, texte } from "./esms";
import { lireFiness } from "./finess-outils";
import { normaliserTexte } from "../classeur/texte";
import { INDICATEURS_2C } from "../indicateurs/anap-2c";
import { controlesDesSeuilsDansLOrdre } from "./seuil";
import type { Controle } from "./types";

/**
 * Famille `anap` : seuils Hélios sur les indicateurs pré-remplis de 2-C ; ESMS absents du TdB.
 * Les contrôles de seuil sont générés depuis les seuils des indicateurs 2-C (`Seuil.controle`,
 * src/domain/indicateurs/anap-2c.ts) : condition, gravité et textes n'y sont écrits qu'une fois.
 */

/** Ordre de présentation des contrôles de seuil (catalogue, constats). */
const ORDRE = [
  "anap/activite-atypique",
  "anap/activite-faible",
  "anap/rotation-atypique",
  "anap/etp-vacants-atypique",
  "anap/prestations-externes-atypique",
  "anap/vetuste-hors-plage",
  "anap/caf-faible",
] as const;

export const CONTROLES_ANAP: readonly Controle[] = [
  ...controlesDesSeuilsDansLOrdre(INDICATEURS_2C, ORDRE),
  {
    meta: {
      id: "anap/esms-absent",
      gravite: "info",
      onglets: ["anap-2c", "annexe-1"],
      description: "Chaque ESMS de l'Annexe 1 d'une catégorie du TdB figure en 2-C.",
      messages: { absent: "{{nom}} n'apparaît pas dans les indicateurs ANAP pré-remplis." },
      correction: "Le signaler au coordonnateur (ESMS récent ou TdB non rempli).",
      pourquoi: "Sans ses indicateurs ANAP, l'ESMS ne peut pas être comparé aux autres.",
      source: "Périmètre du Tableau de bord, referentiels.md §1 [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const c2 = vue.repere.anap2c;
      if (!c2) return;
      const finess = new Set(c2.esms.map((e) => lireFiness(e.finess).numero).filter(Boolean));
      const noms = new Set(c2.esms.map((e) => normaliserTexte(e.nom)).filter(Boolean));
      for (const l of esmsRenseignes(vue.repere)) {
        if (!categorieEsms(l)?.tdb) continue;
        const f = lireFiness(l.champs.finess?.cellule.value).numero;
        if ((f && finess.has(f)) || noms.has(normaliserTexte(texte(l.champs.nom)))) continue;
        const loc = (l.champs.nom ?? l.champs.finess)?.location;
        if (loc) signaler({ messageId: "absent", data: { nom: nomEsms(l) }, a: loc });
      }
    },
  },
];
