import type { Champ } from "../classeur/modele";
import { departementFiness } from "../valeurs";
import { libelleDepartement } from "../valeurs/departements";
import { nomEsms } from "./esms";
import { lireFiness } from "./finess-outils";
import { departementsDeclares } from "./finess-perimetre";
import type { Controle } from "./types";

/**
 * `finess/departement` : un CPOM PH couvre les ESMS d'un gestionnaire dans un département, étendu à
 * plusieurs avec l'accord des parties (referentiels.md §12.3). On compare les ESMS entre eux et au
 * périmètre déclaré (Accueil, Annexe 1), jamais au FINESS juridique : un gestionnaire national a
 * son EJ ailleurs (20 % des ESMS PH réels, docs/referentiels-finess.md).
 */

interface EsmsDepartement {
  readonly champ: Champ;
  readonly nom: string;
  readonly numero: string;
  readonly dep: string;
}

const liste = (codes: readonly string[]) => codes.map(libelleDepartement).join(", ");

export const CONTROLE_DEPARTEMENT: Controle = {
  meta: {
    id: "finess/departement",
    gravite: "alerte",
    onglets: ["accueil", "annexe-1"],
    description:
      "Les ESMS de l'Annexe 1 sont dans un même département, ou dans les départements déclarés.",
    messages: {
      departement:
        "{{nom}} ({{valeur}}) est implanté dans le département {{dep}}, hors du périmètre déclaré du CPOM : {{perimetre}}.",
      plusieurs:
        "Les ESMS de l'Annexe 1 sont implantés dans {{nombre}} départements ({{departements}}) sans extension déclarée du périmètre ; hors du département principal : {{cellules}}.",
    },
    correction:
      "Vérifier le numéro FINESS ; un CPOM sur plusieurs départements demande l'accord des parties : nommer les départements couverts dans l'Accueil ou l'Annexe 1 (« Départements concernés : … »).",
    pourquoi:
      "Le CPOM est signé par gestionnaire et par département ; l'extension à plusieurs départements se décide avec les parties.",
    source:
      "referentiels.md §3, §12.3 [CONFIRMÉ] ; département du FINESS vérifié sur l'extrait public FINESS 2021 (docs/referentiels-finess.md)",
  },
  run(vue, signaler) {
    const esms: EsmsDepartement[] = [];
    for (const l of vue.repere.annexe1?.esms ?? []) {
      const champ = l.champs.finess;
      const lu = lireFiness(champ?.cellule.value);
      if (!champ || (lu.statut !== "valide" && lu.statut !== "zero-perdu")) continue;
      esms.push({ champ, nom: nomEsms(l), numero: lu.numero, dep: departementFiness(lu.numero) });
    }
    if (esms.length === 0) return;
    const declares = departementsDeclares(vue.snapshot, vue.onglets, vue.repere);
    if (declares.length > 0) {
      for (const e of esms) {
        if (declares.includes(e.dep)) continue;
        signaler({
          messageId: "departement",
          data: {
            nom: e.nom,
            valeur: e.numero,
            dep: libelleDepartement(e.dep),
            perimetre: liste(declares),
          },
          a: e.champ.location,
        });
      }
      return;
    }
    const compte = new Map<string, number>();
    for (const e of esms) compte.set(e.dep, (compte.get(e.dep) ?? 0) + 1);
    if (compte.size < 2) return;
    const ordre = [...compte.keys()].sort((a, b) => (compte.get(b) ?? 0) - (compte.get(a) ?? 0));
    const principal = ordre[0];
    signaler({
      messageId: "plusieurs",
      data: {
        nombre: compte.size,
        departements: ordre
          .map((d) => `${libelleDepartement(d)} : ${compte.get(d)} ESMS`)
          .join(", "),
      },
      a: esms.filter((e) => e.dep !== principal).map((e) => e.champ.location),
    });
  },
};
