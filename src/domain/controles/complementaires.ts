import type { Colonne2D, DiagnosticRepere, Indicateur2D, LigneEsms } from "../classeur/modele";
import { normaliserTexte } from "../classeur/texte";
import { reconnaitre2D } from "../indicateurs/reconnaissance-2d";
import { trouverEsms } from "../indicateurs/esms";
import { INDICATEURS } from "../indicateurs/registre";
import { categorieEsms, nombre, nomEsms } from "./esms";
import { metaDuSeuil, seuilFranchi, seuilsControles } from "./seuil";
import type { Controle, Signaler, VueControle } from "./types";

/**
 * Famille `complementaires` : numérateurs et dénominateurs de 2-D (modèle §5.11). Les contrôles de
 * seuil (`numerateur-superieur`, `valeur-implausible`) sont générés depuis les seuils des
 * indicateurs 2-D (`Seuil.controle`, src/domain/indicateurs/seuils.ts et complementaires-2d.ts).
 */

const O = ["complementaires-2d"] as const;

function parColonne(
  vue: VueControle,
  signaler: Signaler,
  f: (ind: Indicateur2D, c: Colonne2D, s: Signaler) => void,
): void {
  for (const ind of vue.repere.complementaires2d?.indicateurs ?? []) {
    for (const c of ind.colonnes) f(ind, c, signaler);
  }
}
const perimetre = (c: Colonne2D) => c.perimetre.trim() || "organisme";

/** Seuils à contrôle des indicateurs 2-D (part au-delà de 100 %, délai de plus d'un an). */
const SEUILS_2D = seuilsControles(INDICATEURS.filter((d) => d.onglet === "complementaires-2d"));

/**
 * Contrôle d'un seuil déclaré sur les indicateurs 2-D, appliqué à chaque colonne saisie : le taux
 * numérateur / dénominateur (dénominateur > 0) de l'indicateur reconnu franchit ce seuil.
 */
function seuil2D(id: string): Controle {
  const s = SEUILS_2D.get(id);
  if (!s) throw new Error(`Contrôle de seuil ${id} : aucun seuil d'indicateur 2-D ne le déclare.`);
  const meta = metaDuSeuil(s);
  const cle = s.controle.cleMessage ?? "seuil";
  return {
    meta: { ...meta, onglets: [...meta.onglets] },
    run: (vue, signaler) =>
      parColonne(vue, signaler, (ind, c, sig) => {
        const [num, den] = [nombre(c.numerateur), nombre(c.denominateur)];
        if (num === null || den === null || den <= 0) return;
        const def = reconnaitre2D(normaliserTexte(ind.intitule));
        if (!def?.seuils.includes(s.seuil)) return;
        const valeur = num / den;
        const entrees = { numerateur: num, denominateur: den };
        if (!seuilFranchi(s, valeur, entrees)) return;
        sig({
          messageId: cle,
          data: {
            indicateur: ind.intitule,
            perimetre: perimetre(c),
            ...s.controle.parametres?.({ id: def.id, valeur, entrees }),
          },
          a: [c.numerateur.location, c.denominateur.location],
        });
      }),
  };
}

/**
 * ESMS désigné de chaque colonne repérée, gardé avec l'Annexe 1 où il a été cherché : plusieurs
 * contrôles le demandent pour chaque colonne (un modèle repéré ne change plus).
 */
const esmsParColonne = new WeakMap<Colonne2D, { annexe1: unknown; l: LigneEsms | undefined }>();

/** ESMS de l'Annexe 1 désigné par l'en-tête d'une colonne (FINESS ou nom). */
export function esmsDeColonne(repere: DiagnosticRepere, c: Colonne2D): LigneEsms | undefined {
  const deja = esmsParColonne.get(c);
  if (deja && deja.annexe1 === repere.annexe1) return deja.l;
  const l = trouverEsms(repere.annexe1, c.finess ?? c.perimetre, c.nom ?? c.perimetre);
  esmsParColonne.set(c, { annexe1: repere.annexe1, l });
  return l;
}

export const CONTROLES_COMPLEMENTAIRES: readonly Controle[] = [
  {
    meta: {
      id: "complementaires/denominateur-nul",
      gravite: "erreur",
      onglets: [...O],
      description: "Un dénominateur n'est pas nul quand le numérateur est renseigné.",
      messages: {
        nul: "{{indicateur}} ({{perimetre}}) : dénominateur nul, le taux ne peut pas être calculé.",
      },
      correction:
        "Vérifier le dénominateur ; s'il est vraiment nul, laisser les deux cases vides et l'expliquer.",
      pourquoi: "Une division par zéro affiche #DIV/0! et l'indicateur disparaît du diagnostic.",
      source: "Division par zéro",
    },
    run: (vue, signaler) =>
      parColonne(vue, signaler, (ind, c, s) => {
        if (nombre(c.numerateur) === null || nombre(c.denominateur) !== 0) return;
        s({
          messageId: "nul",
          data: { indicateur: ind.intitule, perimetre: perimetre(c) },
          a: c.denominateur.location,
        });
      }),
  },
  seuil2D("complementaires/numerateur-superieur"),
  {
    meta: {
      id: "complementaires/paire-incomplete",
      gravite: "alerte",
      onglets: [...O],
      description: "Numérateur et dénominateur sont saisis ensemble.",
      messages: { incomplete: "{{indicateur}} ({{perimetre}}) : {{manquant}} manquant." },
      correction: "Saisir les deux termes.",
      pourquoi:
        "Seuls numérateur et dénominateur sont saisis ; l'un sans l'autre ne donne aucun taux.",
      source: "Guide ARS Pays de la Loire, 2-D [CONFIRMÉ]",
    },
    run: (vue, signaler) =>
      parColonne(vue, signaler, (ind, c, s) => {
        const [num, den] = [nombre(c.numerateur), nombre(c.denominateur)];
        if ((num === null) === (den === null)) return;
        const manque = num === null ? c.numerateur : c.denominateur;
        s({
          messageId: "incomplete",
          data: {
            indicateur: ind.intitule,
            perimetre: perimetre(c),
            manquant: num === null ? "numérateur" : "dénominateur",
          },
          a: manque.location,
        });
      }),
  },
  {
    meta: {
      id: "complementaires/denominateur-capacite",
      gravite: "alerte",
      onglets: ["complementaires-2d", "annexe-1"],
      description:
        "Les personnes accompagnées d'un établissement ne dépassent pas 1,2 × sa capacité.",
      messages: { capacite: "{{nom}} : {{den}} personnes pour {{capacite}} places autorisées." },
      correction: "Vérifier le dénominateur (file active ou effectif au 31/12).",
      pourquoi:
        "Un effectif bien supérieur à la capacité trahit souvent une file active saisie à la place.",
      source: "[INFÉRENCE] ; ne s'applique pas aux services",
    },
    run: (vue, signaler) =>
      parColonne(vue, signaler, (ind, c, s) => {
        if (!/\bpersonnes\b|\benfants\b/.test(normaliserTexte(ind.libelleDenominateur))) return;
        const esms = esmsDeColonne(vue.repere, c);
        if (!esms || categorieEsms(esms)?.service) return;
        const [den, capacite] = [nombre(c.denominateur), nombre(esms.champs.capacite)];
        if (den === null || capacite === null || capacite <= 0 || den <= 1.2 * capacite) return;
        s({
          messageId: "capacite",
          data: { nom: nomEsms(esms), den, capacite },
          a: c.denominateur.location,
        });
      }),
  },
  seuil2D("complementaires/valeur-implausible"),
];
