import { esmsRenseignes, categorieEsms, nomEsms, texte } from "./esms";
import { lireFiness } from "./finess-outils";
import { normaliserTexte } from "../classeur/texte";
import { controleSeuil } from "./seuil";
import type { Controle } from "./types";

/** Famille `anap` : seuils Hélios sur les indicateurs pré-remplis de 2-C ; ESMS absents du TdB. */

const HELIOS = "Hélios (DNUM-SocialGouv), seuils « atypiques » [CONFIRMÉ]";
const ONGLETS = ["anap-2c"] as const;

export const CONTROLES_ANAP: readonly Controle[] = [
  controleSeuil({
    id: "anap/activite-atypique",
    gravite: "alerte",
    onglets: ONGLETS,
    indicateurs: [
      "anap.taux-realisation-activite",
      "anap.taux-realisation-actes",
      "anap.taux-occupation",
      "anap.taux-occupation-global",
    ],
    si: (v) => v > 1.2,
    message: "{{nom}} : {{indicateur}} de {{valeur}}, au-delà de 120 %.",
    description: "Taux de réalisation ou d'occupation au plus de 120 %.",
    correction:
      "Vérifier l'activité (journées, capacité financée) ; expliquer en axe 3 si elle est réelle.",
    pourquoi:
      "Au-delà de 120 %, l'activité est atypique : donnée erronée ou suractivité à expliquer.",
    source: HELIOS,
  }),
  controleSeuil({
    id: "anap/activite-faible",
    gravite: "info",
    onglets: ONGLETS,
    indicateurs: ["anap.taux-realisation-activite"],
    si: (v) => v < 0.95,
    message: "{{nom}} : taux de réalisation de {{valeur}}.",
    description: "Taux de réalisation de l'activité sous 95 %.",
    correction: "Expliquer la sous-activité dans l'axe 3 (thématique pilotage de l'activité).",
    pourquoi: "Une sous-activité durable est discutée dans le dialogue de gestion.",
    source: "[INFÉRENCE]",
  }),
  controleSeuil({
    id: "anap/rotation-atypique",
    gravite: "alerte",
    onglets: ONGLETS,
    indicateurs: ["anap.taux-rotation-personnel"],
    si: (v) => v > 0.5,
    message: "{{nom}} : rotation du personnel de {{valeur}}, au-delà de 50 %.",
    description: "Taux de rotation du personnel au plus de 50 %.",
    correction: "Vérifier la donnée ; décrire la GPEC en axe 3.",
    pourquoi: "Une rotation au-delà de 50 % fragilise la continuité de l'accompagnement.",
    source: HELIOS,
  }),
  controleSeuil({
    id: "anap/etp-vacants-atypique",
    gravite: "alerte",
    onglets: ONGLETS,
    indicateurs: ["anap.taux-etp-vacants"],
    si: (v) => v > 0.2,
    message: "{{nom}} : {{valeur}} des ETP vacants au 31/12.",
    description: "Taux d'ETP vacants au plus de 20 %.",
    correction: "Vérifier ; décrire le plan de recrutement en axe 3.",
    pourquoi: "Plus d'un poste sur cinq vacant : tension de recrutement à traiter dans le CPOM.",
    source: HELIOS,
  }),
  controleSeuil({
    id: "anap/prestations-externes-atypique",
    gravite: "alerte",
    onglets: ONGLETS,
    indicateurs: ["anap.taux-prestations-externes"],
    si: (v) => v > 0.2,
    message: "{{nom}} : prestations externes de {{valeur}} des dépenses de personnel.",
    description: "Taux de prestations externes au plus de 20 %.",
    correction: "Vérifier ; expliquer le recours à l'intérim ou aux libéraux.",
    pourquoi: "Un recours massif aux prestations externes signale des postes non pourvus.",
    source: HELIOS,
  }),
  controleSeuil({
    id: "anap/vetuste-hors-plage",
    gravite: "alerte",
    onglets: ONGLETS,
    indicateurs: ["anap.taux-vetuste-constructions"],
    si: (v) => v < 0 || v > 0.8,
    message: "{{nom}} : vétusté des constructions de {{valeur}}.",
    description: "Taux de vétusté des constructions entre 0 % et 80 %.",
    correction: "Vérifier ; relier au plan pluriannuel d'investissement (axe 3).",
    pourquoi: "Au-delà de 80 %, le bâti est presque entièrement amorti : besoin de réinvestir.",
    source: HELIOS,
  }),
  controleSeuil({
    id: "anap/caf-faible",
    gravite: "alerte",
    onglets: ONGLETS,
    indicateurs: ["anap.taux-caf"],
    si: (v) => v < 0.02,
    message: "{{nom}} : taux de CAF de {{valeur}}, sous 2 %.",
    description: "Taux de CAF de l'ESMS d'au moins 2 %.",
    correction: "Expliquer la situation financière en 2-E.",
    pourquoi: "Sous 2 %, l'ESMS dégage trop peu de ressources pour investir ou rembourser.",
    source: HELIOS,
  }),
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
