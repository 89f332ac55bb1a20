import { adresseA1 } from "../classeur/adresse";
import { entreeCatalogue } from "../classeur/catalogue/catalogue";
import { TYPES_AXES } from "../classeur/catalogue/listes";
import { estVide } from "../classeur/cellule";
import type { Axe, Champ, CleEncart, Thematique } from "../classeur/modele";
import type { Location } from "../classeur/snapshot";
import type { Secteur } from "../classeur/modele";
import type { TypeOnglet } from "../classeur/types-onglet";
import { normaliserTexte } from "../classeur/texte";
import { secteursAnnexe1, texte } from "./esms";
import type { Controle, VueControle } from "./types";

/** Famille `axes` : réponses et encarts des onglets d'axes de l'Annexe 2-A (modèle §5.3). */

const O = TYPES_AXES;
/** Les axes d'un seul secteur (1-1 enfance, 1-2 adultes). */
const AXES_SECTEUR = TYPES_AXES.filter((t) => entreeCatalogue(t)?.secteur !== undefined);
const GUIDE = "Guide ARS Pays de la Loire, Annexe 2-A [CONFIRMÉ]";
/** Axe d'un seul secteur (catalogue) : son secteur et son code (« 1-1 »), sinon undefined. */
function secteurDe(type: TypeOnglet): readonly [Secteur, string] | undefined {
  const s = entreeCatalogue(type)?.secteur;
  return s ? [s, type.replace(/^axe-/, "")] : undefined;
}
const CREUX = new Set([
  "ras",
  "neant",
  "idem",
  "voir pe",
  "voir projet",
  "nc",
  "x",
  "ok",
  "cf pe",
  "rien",
]);
const ACCEPTES = new Set(["sans objet", "aucune", "aucun", "non concerne", "non", "oui"]);

type Reponse = "oui" | "non" | "pratiques heterogenes";

function reponse(c: Champ): Reponse | undefined {
  const n = normaliserTexte(texte(c));
  return n === "oui" || n === "non" || n === "pratiques heterogenes" ? n : undefined;
}
const AFFICHE: Record<Reponse, string> = {
  oui: "oui",
  non: "non",
  "pratiques heterogenes": "pratiques hétérogènes",
};

const listes = (t: Thematique) =>
  t.questions.filter((q) => q.type === "liste").flatMap((q) => q.reponses);
const encart = (axe: Axe, t: Thematique, cle: CleEncart) =>
  t.encarts[cle] ?? axe.encartsOnglet[cle];
const nomThematique = (t: Thematique) => `${t.numero ?? ""} « ${t.intitule} »`.trim();

function toutesCellules(axe: Axe): Champ[] {
  return [
    ...axe.thematiques.flatMap((t) => [
      ...t.questions.flatMap((q) => q.reponses),
      ...Object.values(t.encarts),
    ]),
    ...Object.values(axe.encartsOnglet),
  ].filter((c): c is Champ => c !== undefined);
}
const renseigne = (axe: Axe) =>
  toutesCellules(axe).some((c) => !estVide(c.cellule) && c.cellule.value !== false);

/** Encart vide alors qu'une réponse l'appelle (une alerte par thématique). */
function encartAppele(
  vue: VueControle,
  cle: CleEncart,
  appel: readonly Reponse[],
  signaler: (t: Thematique, r: Reponse, a: Location[]) => void,
) {
  for (const axe of vue.repere.axes) {
    for (const t of axe.thematiques) {
      const e = encart(axe, t, cle);
      if (!e || !estVide(e.cellule)) continue;
      const c = listes(t).find((x) => appel.includes(reponse(x) as Reponse));
      if (c) signaler(t, reponse(c) as Reponse, [e.location, c.location]);
    }
  }
}

export const CONTROLES_AXES: readonly Controle[] = [
  {
    meta: {
      id: "axes/reponse-manquante",
      gravite: "alerte",
      onglets: [...O],
      description: "Chaque question oui / non / pratiques hétérogènes a une réponse.",
      messages: { manquante: "{{n}} {{n|question|questions}} sans réponse dans {{onglet}}." },
      correction: "Choisir oui, non ou pratiques hétérogènes.",
      pourquoi: "Les réponses fondent le diagnostic partagé et les objectifs du CPOM.",
      source: GUIDE,
    },
    run(vue, signaler) {
      const secteurs = secteursAnnexe1(vue.repere);
      for (const axe of vue.repere.axes) {
        const s = secteurDe(axe.onglet.type);
        if (s && !secteurs.has(s[0])) continue;
        const a = axe.thematiques
          .flatMap(listes)
          .filter((c) => estVide(c.cellule))
          .map((c) => c.location);
        if (a.length > 0)
          signaler({ messageId: "manquante", data: { n: a.length, onglet: axe.onglet.nom }, a });
      }
    },
  },
  {
    meta: {
      id: "axes/non-sans-amelioration",
      gravite: "alerte",
      onglets: [...O],
      description:
        "Une réponse « non » ou « pratiques hétérogènes » s'accompagne d'un point d'amélioration.",
      messages: {
        amelioration:
          "Thématique {{thematique}} : une réponse « {{reponse}} » appelle un point d'amélioration.",
      },
      correction: "Décrire dans « Points d'amélioration » ce qui manque et ce qui est envisagé.",
      pourquoi:
        "Les points d'amélioration fondent les objectifs : le diagnostic identifie forces et faiblesses.",
      source: GUIDE,
    },
    run(vue, signaler) {
      encartAppele(vue, "points-amelioration", ["non", "pratiques heterogenes"], (t, r, a) =>
        signaler({
          messageId: "amelioration",
          data: { thematique: nomThematique(t), reponse: AFFICHE[r] },
          a,
        }),
      );
    },
  },
  {
    meta: {
      id: "axes/modalites-manquantes",
      gravite: "alerte",
      onglets: [...O],
      description:
        "Une réponse « oui » ou « pratiques hétérogènes » s'accompagne des modalités de mise en œuvre.",
      messages: {
        modalites: "Thématique {{thematique}} : décrivez les modalités de mise en œuvre.",
      },
      correction: "Expliquer succinctement comment c'est fait (outils, fréquence, ESMS concernés).",
      pourquoi: "Sans modalités, une réponse « oui » ne peut pas être appréciée en réunion.",
      source: GUIDE,
    },
    run(vue, signaler) {
      encartAppele(vue, "modalites", ["oui", "pratiques heterogenes"], (t, _r, a) =>
        signaler({ messageId: "modalites", data: { thematique: nomThematique(t) }, a }),
      );
    },
  },
  {
    meta: {
      id: "axes/secteur-non-renseigne",
      gravite: "alerte",
      onglets: [...AXES_SECTEUR, "annexe-1"],
      description: "L'axe 1-1 (1-2) est renseigné si l'organisme gère des ESMS enfance (adultes).",
      messages: {
        vide: "L'organisme gère des ESMS {{secteur}} mais l'axe {{axe}} n'est pas renseigné.",
      },
      correction: "Renseigner l'axe correspondant.",
      pourquoi: "L'axe enfance, l'axe adultes ou les deux se remplissent selon le périmètre.",
      source: GUIDE,
    },
    run(vue, signaler) {
      const secteurs = secteursAnnexe1(vue.repere);
      for (const axe of vue.repere.axes) {
        const s = secteurDe(axe.onglet.type);
        if (!s || !secteurs.has(s[0]) || renseigne(axe)) continue;
        const a = toutesCellules(axe)
          .slice(0, 1)
          .map((c) => c.location);
        signaler({ messageId: "vide", data: { secteur: s[0], axe: s[1] }, a });
      }
    },
  },
  {
    meta: {
      id: "axes/secteur-superflu",
      gravite: "info",
      onglets: [...AXES_SECTEUR, "annexe-1"],
      description: "L'axe 1-1 (1-2) n'est renseigné que si l'Annexe 1 liste des ESMS du secteur.",
      messages: {
        superflu:
          "L'axe {{axe}} est renseigné alors qu'aucun ESMS {{secteur}} ne figure à l'Annexe 1.",
      },
      correction: "Vérifier l'Annexe 1 ou vider l'axe.",
      pourquoi:
        "Un axe sans ESMS du secteur révèle un oubli à l'Annexe 1 ou une confusion d'onglet.",
      source: GUIDE,
    },
    run(vue, signaler) {
      if (!vue.repere.annexe1) return;
      const secteurs = secteursAnnexe1(vue.repere);
      for (const axe of vue.repere.axes) {
        const s = secteurDe(axe.onglet.type);
        if (!s || secteurs.has(s[0]) || !renseigne(axe)) continue;
        const c = toutesCellules(axe).find((x) => !estVide(x.cellule));
        signaler({
          messageId: "superflu",
          data: { secteur: s[0], axe: s[1] },
          a: c ? [c.location] : [],
        });
      }
    },
  },
  {
    meta: {
      id: "axes/texte-generique",
      gravite: "info",
      onglets: [...O],
      description: "Les textes libres décrivent la situation (pas « RAS », « néant », « idem »).",
      messages: {
        generique: "{{cellule}} : « {{texte}} » est trop peu explicite pour le diagnostic.",
      },
      correction: "Écrire une phrase qui décrit la situation réelle.",
      pourquoi: "Le guide demande de « développer succinctement sa stratégie ».",
      source: GUIDE,
    },
    run(vue, signaler) {
      for (const axe of vue.repere.axes) {
        const textes = [
          ...axe.thematiques.flatMap((t) => [
            ...t.questions.filter((q) => q.type === "texte").flatMap((q) => q.reponses),
            ...Object.values(t.encarts),
          ]),
          ...Object.values(axe.encartsOnglet),
        ].filter((c): c is Champ => c !== undefined);
        for (const c of textes) {
          const t = texte(c);
          const n = normaliserTexte(t);
          if (!t || ACCEPTES.has(n) || (!CREUX.has(n) && n.length >= 15 && t.length >= 15))
            continue;
          signaler({
            messageId: "generique",
            data: { cellule: adresseA1(c.location.row, c.location.col), texte: t },
            a: c.location,
          });
        }
      }
    },
  },
];
