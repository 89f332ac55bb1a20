import { estVide } from "../classeur/cellule";
import type { Location } from "../classeur/snapshot";
import { texte } from "./esms";
import { TYPES_A_SAISIR } from "../classeur/catalogue/listes";
import type { Controle } from "./types";

/** Famille `saisie` (suite) : complétude des zones bleues et de l'identification de l'OG. */

/** Les onglets à saisir (catalogue). */
const TOUS = TYPES_A_SAISIR;

const IDENTIFICATION: Controle = {
  meta: {
    id: "saisie/identification-manquante",
    gravite: "erreur",
    onglets: ["annexe-1"],
    description: "Raison sociale, FINESS juridique et statut de l'organisme sont renseignés.",
    messages: { manquante: "L'identification de l'organisme est incomplète : {{champs}}." },
    correction: "Compléter la section « Organisme gestionnaire » de l'Annexe 1.",
    pourquoi: "Sans identification, le diagnostic ne peut être rattaché à un organisme.",
    source: "Rubriques citées par le guide ARS Pays de la Loire [CONFIRMÉ]",
  },
  run(vue, signaler) {
    const org = vue.repere.annexe1?.organisme;
    if (!org) return;
    const libelles: Record<string, string> = {
      "raison-sociale": "raison sociale",
      "finess-juridique": "FINESS juridique",
      "statut-juridique": "statut juridique",
    };
    const manquants = Object.keys(libelles).filter((k) => org[k] && !texte(org[k]));
    if (manquants.length === 0) return;
    signaler({
      messageId: "manquante",
      data: { champs: manquants.map((k) => libelles[k]).join(", ") },
      a: manquants.map((k) => org[k]?.location).filter((x) => !!x),
    });
  },
};

export const CONTROLES_SAISIE_COMPLETUDE: readonly Controle[] = [
  {
    meta: {
      id: "saisie/cellule-vide",
      gravite: "alerte",
      onglets: [...TOUS],
      description:
        "Les cellules bleues des zones obligatoires sont remplies (regroupées par zone).",
      messages: { vides: "{{n}} {{n|cellule|cellules}} à compléter dans {{zone}} ({{onglet}})." },
      correction: "Compléter, ou écrire « sans objet » dans les textes qui ne s'appliquent pas.",
      pourquoi: "Le guide demande de « compléter toutes les zones en bleu » avant l'envoi.",
      source: "Guide ARS Pays de la Loire [CONFIRMÉ]",
    },
    run(vue, signaler) {
      const zones = new Map<string, { zone: string; onglet: string; a: Location[] }>();
      for (const s of vue.saisies()) {
        if (!s.obligatoire || !estVide(s.champ.cellule)) continue;
        const cle = `${s.onglet.sheetId}\u0000${s.zone}`;
        const z = zones.get(cle) ?? { zone: s.zone, onglet: s.onglet.nom, a: [] };
        z.a.push(s.champ.location);
        zones.set(cle, z);
      }
      for (const z of zones.values()) {
        signaler({
          messageId: "vides",
          data: { n: z.a.length, zone: z.zone, onglet: z.onglet },
          a: z.a,
        });
      }
    },
  },
  IDENTIFICATION,
];
