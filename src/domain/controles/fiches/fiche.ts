import { normaliserTexte } from "../../classeur/texte";
import type { Controle } from "../types";
import { CONTROLES_SUIVI } from "./suivi";
import { CONTROLES_FICHE_INDICATEURS } from "./fiche-indicateurs";
import { CONTROLES_FICHES_CLASSEUR } from "./fiches-classeur";
import { controle, estBrouillon, GUIDE, indicateurs, loc } from "./outils";
import { dateDe, feuillesGenerees, nomFiche, periodeCpom, vide } from "./lecture";
import { texteDe, type LigneTableau } from "../../classeur/reperage/fiches/lire-fiche";
import { TOUS_LES_CHAMPS } from "../../classeur/catalogue/fiches/modele-fiche";
import { libelleAxe, OBJECTIFS_SOCLE } from "../../classeur/catalogue/fiches/socle";

/**
 * Contrôles des fiches-objectifs (famille `fiche`, catalogue controles.md §12), prêts pour le
 * registre du moteur. Les fiches sont relues par leurs libellés (`lireFiche`, jamais par adresse)
 * sur les onglets reconnus `fiche-objectif`, avec les autres zones (`repere.generees`).
 */

const OBLIGATOIRES = TOUS_LES_CHAMPS.filter(
  (c) => c.obligatoire && c.cle !== "prs" && c.cle !== "constats-og",
);

const HORS_BROUILLONS = { horsBrouillons: true } as const;

export const CONTROLES_FICHE: readonly Controle[] = [
  controle(
    {
      id: "fiche/a-rediger",
      gravite: "info",
      description:
        "Une fiche encore telle que l'outil l'a générée est signalée une fois, comme à rédiger.",
      messages: {
        brouillon:
          "Fiche {{fiche}} : à rédiger (cadre réglementaire, orientation du PRS, actions, valeurs et cibles des indicateurs).",
      },
      correction:
        "Rédiger la fiche : les contrôles détaillés (champs obligatoires, rubriques, cibles) s'appliquent dès qu'un de ces éléments est saisi.",
      pourquoi:
        "L'outil pré-remplit la fiche et laisse au gestionnaire ce qu'il doit écrire : ce n'est pas une erreur de saisie.",
      source: GUIDE,
    },
    (f, s) => {
      const c = f.champs.intitule ?? f.champs.numero;
      if (c && estBrouillon(f))
        s({ messageId: "brouillon", data: { fiche: nomFiche(f) }, a: c.location });
    },
  ),
  controle(
    {
      id: "fiche/champ-obligatoire",
      gravite: "erreur",
      description:
        "Les champs d'identification et de contexte obligatoires d'une fiche sont remplis.",
      messages: { vide: "Fiche {{fiche}} : {{champ}} à compléter." },
      correction: "Compléter le champ (cellule bleue).",
      pourquoi:
        "Chaque objectif est identifié, rattaché à l'un des trois axes stratégiques et à ses ESMS.",
      source: GUIDE,
    },
    (f, s) => {
      for (const d of OBLIGATOIRES) {
        const c = f.champs[d.cle];
        if (c && vide(c))
          s({
            messageId: "vide",
            data: { fiche: nomFiche(f), champ: `« ${d.libelle} »` },
            a: c.location,
          });
      }
    },
    HORS_BROUILLONS,
  ),
  controle(
    {
      id: "fiche/rubrique-vide",
      gravite: "alerte",
      description: "Constats de l'organisme, au moins une action et au moins un indicateur.",
      messages: { vide: "Fiche {{fiche}} : rubrique {{rubrique}} vide." },
      correction: "Compléter la rubrique.",
      pourquoi:
        "Un objectif part d'un constat, se décline en actions et se mesure par des indicateurs.",
      source: GUIDE,
    },
    (f, s) => {
      const c = f.champs["constats-og"];
      if (c && vide(c))
        s({
          messageId: "vide",
          data: {
            fiche: nomFiche(f),
            rubrique: "« Constats et enjeux de l'organisme gestionnaire »",
          },
          a: c.location,
        });
      const premiere = (l: readonly LigneTableau[], cle: string) => l[0]?.cellules[cle]?.location;
      const actions = f.tableaux.actions;
      const a0 = premiere(actions, "action");
      if (a0 && actions.every((l) => vide(l.cellules["action"])))
        s({ messageId: "vide", data: { fiche: nomFiche(f), rubrique: "« Actions »" }, a: a0 });
      const i0 = premiere(f.tableaux.indicateurs, "indicateur");
      if (i0 && indicateurs(f).length === 0)
        s({
          messageId: "vide",
          data: { fiche: nomFiche(f), rubrique: "« Indicateurs de suivi et d'évaluation »" },
          a: i0,
        });
    },
    HORS_BROUILLONS,
  ),
  controle(
    {
      id: "fiche/date-fin-avant-debut",
      gravite: "erreur",
      description: "La date de fin d'une action ne précède pas sa date de début.",
      messages: {
        avant:
          "Fiche {{fiche}}, action {{action}} : la fin ({{fin}}) précède le début ({{debut}}).",
      },
      correction: "Corriger les dates.",
      pourquoi: "Le calendrier des actions sert au suivi et aux bilans du CPOM.",
      source: GUIDE,
    },
    (f, s) => {
      for (const l of f.tableaux.actions) {
        const d = dateDe(l.cellules["debut"]);
        const e = dateDe(l.cellules["fin"]);
        if (d && e && e.serie < d.serie)
          s({
            messageId: "avant",
            data: { fiche: nomFiche(f), action: l.numero, fin: e.texte, debut: d.texte },
            a: [...loc(l, "debut"), ...loc(l, "fin")],
          });
      }
    },
  ),
  controle(
    {
      id: "fiche/date-hors-cpom",
      gravite: "alerte",
      description: "Les dates des actions restent dans les cinq ans du CPOM.",
      messages: {
        hors: "Fiche {{fiche}}, action {{action}} : date {{date}} hors de la durée du CPOM ({{periode}}).",
      },
      correction: "Ramener l'action dans les 5 ans du contrat.",
      pourquoi: "Le CPOM est conclu pour 5 ans : ses objectifs s'y inscrivent.",
      source: "Durée du CPOM : 5 ans [CONFIRMÉ]",
    },
    (f, s, vue) => {
      const p = periodeCpom(vue.snapshot, feuillesGenerees(vue).suivi);
      if (!p) return;
      for (const l of f.tableaux.actions)
        for (const cle of ["debut", "fin"]) {
          const d = dateDe(l.cellules[cle]);
          if (d && (d.serie < p.debut || d.serie > p.fin))
            s({
              messageId: "hors",
              data: { fiche: nomFiche(f), action: l.numero, date: d.texte, periode: p.texte },
              a: loc(l, cle),
            });
        }
    },
  ),
  controle(
    {
      id: "fiche/socle-axe",
      gravite: "alerte",
      description: "Chaque objectif socle est rangé sous son axe stratégique.",
      messages: { axe: "Fiche {{fiche}} : l'objectif {{socle}} relève de l'axe {{axe}}." },
      correction: "Corriger l'axe.",
      pourquoi: "Les objectifs sont regroupés selon les trois axes stratégiques du diagnostic.",
      source: GUIDE,
    },
    (f, s) => {
      const o = OBJECTIFS_SOCLE.find((x) => x.code === f.socle);
      const c = f.champs.axe;
      if (o && c && f.axe !== undefined && f.axe !== o.axe)
        s({
          messageId: "axe",
          data: { fiche: nomFiche(f), socle: `« ${o.libelle} »`, axe: `« ${libelleAxe(o.axe)} »` },
          a: c.location,
        });
    },
  ),
  controle(
    {
      id: "fiche/prs-manquant",
      gravite: "alerte",
      description: "Une orientation du PRS est choisie.",
      messages: {
        prs: "Fiche {{fiche}} : choisissez l'orientation du PRS à laquelle l'objectif se rapporte.",
      },
      correction: "Choisir dans la liste.",
      pourquoi: "Les objectifs du CPOM déclinent le projet régional de santé.",
      source: GUIDE,
    },
    (f, s) => {
      const c = f.champs.prs;
      if (c && vide(c)) s({ messageId: "prs", data: { fiche: nomFiche(f) }, a: c.location });
    },
    HORS_BROUILLONS,
  ),
  controle(
    {
      id: "fiche/serafin-aucun",
      gravite: "info",
      description: "Au moins un besoin SERAFIN-PH est désigné.",
      messages: { aucun: "Fiche {{fiche}} : aucun besoin SERAFIN-PH n'est désigné." },
      correction: "Marquer « X » les besoins auxquels l'objectif répond.",
      pourquoi:
        "Le guide demande de relier chaque objectif aux besoins des personnes (SERAFIN-PH).",
      source: GUIDE,
    },
    (f, s) => {
      const c = f.champs.intitule;
      if (f.besoins.length === 0 && c)
        s({ messageId: "aucun", data: { fiche: nomFiche(f) }, a: c.location });
    },
    HORS_BROUILLONS,
  ),
  controle(
    {
      id: "fiche/action-sans-partenaire",
      gravite: "info",
      description: "Chaque action indique ses partenaires.",
      messages: { partenaire: "Fiche {{fiche}}, action {{action}} : aucun partenaire." },
      correction: "Indiquer les partenaires, ou « interne ».",
      pourquoi: "Les partenaires des actions sont à identifier dans la fiche.",
      source: GUIDE,
    },
    (f, s) => {
      for (const l of f.tableaux.actions)
        if (!vide(l.cellules["action"]) && vide(l.cellules["partenaires"]))
          s({
            messageId: "partenaire",
            data: { fiche: nomFiche(f), action: l.numero },
            a: loc(l, "partenaires"),
          });
    },
  ),
  controle(
    {
      id: "fiche/esms-inconnu",
      gravite: "alerte",
      onglets: ["fiche-objectif", "annexe-1"],
      description: "Les ESMS concernés figurent à l'Annexe 1.",
      messages: { inconnu: "Fiche {{fiche}} : {{nom}} ne figure pas à l'Annexe 1." },
      correction: "Choisir les ESMS dans la liste de l'Annexe 1, ou « Tous ».",
      pourquoi: "Un objectif porte sur des ESMS du périmètre du CPOM.",
      source: "[INFÉRENCE]",
    },
    (f, s, vue) => {
      const c = f.champs.esms;
      const annexe = vue.repere.annexe1?.esms ?? [];
      if (!c || annexe.length === 0) return;
      const connus = annexe.flatMap((l) =>
        ["nom", "finess"].map((k) => normaliserTexte(String(l.champs[k]?.cellule.value ?? ""))),
      );
      for (const nom of texteDe(c.cellule)
        .split(/[;\n]/)
        .map((x) => x.trim())
        .filter(Boolean)) {
        const n = normaliserTexte(nom);
        if (n !== "tous" && !connus.includes(n))
          s({
            messageId: "inconnu",
            data: { fiche: nomFiche(f), nom: `« ${nom} »` },
            a: c.location,
          });
      }
    },
  ),
  ...CONTROLES_FICHES_CLASSEUR,
];

/** Contrôles des fiches et du tableau de suivi, à ajouter au registre du moteur. */
export const CONTROLES_FICHES: readonly Controle[] = [
  ...CONTROLES_FICHE,
  ...CONTROLES_FICHE_INDICATEURS,
  ...CONTROLES_SUIVI,
];
