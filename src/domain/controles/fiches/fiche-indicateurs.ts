import { normaliserTexte } from "../../classeur/texte";
import type { Controle } from "../types";
import { nombre, nomFiche, vide } from "./lecture";
import { texteDe } from "../../classeur/reperage/fiches/lire-fiche";
import { controle, GUIDE, indicateurs, libelleInd, loc } from "./outils";

/** Contrôles des indicateurs d'une fiche : complétude, sens des cibles, bornes des parts. */

export const CONTROLES_FICHE_INDICATEURS: readonly Controle[] = [
  controle(
    {
      id: "fiche/indicateur-incomplet",
      gravite: "alerte",
      description:
        "Chaque indicateur a un mode de calcul, une valeur à la signature et ses deux cibles.",
      messages: {
        incomplet: "Fiche {{fiche}}, indicateur {{indicateur}} : {{manquants}} à renseigner.",
      },
      correction: "Compléter les quatre éléments.",
      pourquoi:
        "Sans situation de départ ni cible, l'atteinte de l'objectif ne peut pas être mesurée.",
      source: GUIDE,
    },
    (f, s) => {
      const noms: [string, string][] = [
        ["mode", "mode de calcul"],
        ["initiale", "valeur à la signature"],
        ["mi", "cible mi-parcours"],
        ["fin", "cible fin de CPOM"],
      ];
      for (const l of indicateurs(f)) {
        const manquants = noms.filter(([k]) => vide(l.cellules[k]));
        if (manquants.length > 0)
          s({
            messageId: "incomplet",
            data: {
              fiche: nomFiche(f),
              indicateur: `« ${libelleInd(l)} »`,
              manquants: manquants.map((m) => m[1]).join(", "),
            },
            a: manquants.flatMap(([k]) => loc(l, k)),
          });
      }
    },
    { horsBrouillons: true },
  ),
  controle(
    {
      id: "fiche/cible-sens",
      gravite: "alerte",
      description:
        "Les cibles vont dans le sens d'amélioration (hausse : croissantes ; baisse : décroissantes).",
      messages: {
        sens: "Fiche {{fiche}}, {{indicateur}} : les cibles ({{initiale}} → {{mi}} → {{fin}}) ne vont pas dans le sens « {{sens}} ».",
      },
      correction: "Revoir les cibles ou le sens d'amélioration.",
      pourquoi: "Une cible contraire au sens d'amélioration fausse le taux d'atteinte du suivi.",
      source: "[INFÉRENCE]",
    },
    (f, s) => {
      for (const l of indicateurs(f)) {
        const sens = normaliserTexte(texteDe(l.cellules["sens"]?.cellule));
        const [i, m, e] = [
          nombre(l.cellules["initiale"]),
          nombre(l.cellules["mi"]),
          nombre(l.cellules["fin"]),
        ];
        if (i === null || m === null || e === null) continue;
        const ok =
          sens === "hausse" ? i <= m && m <= e : sens === "baisse" ? i >= m && m >= e : true;
        if (!ok)
          s({
            messageId: "sens",
            data: {
              fiche: nomFiche(f),
              indicateur: `« ${libelleInd(l)} »`,
              initiale: i,
              mi: m,
              fin: e,
              sens,
            },
            a: [...loc(l, "mi"), ...loc(l, "fin")],
          });
      }
    },
  ),
  controle(
    {
      id: "fiche/cible-atteinte",
      gravite: "info",
      description: "La valeur à la signature n'atteint pas déjà la cible finale.",
      messages: {
        atteinte: "Fiche {{fiche}}, {{indicateur}} : la cible finale est déjà atteinte.",
      },
      correction: "Relever l'ambition ou changer d'indicateur.",
      pourquoi: "Un objectif déjà atteint à la signature ne mesure aucun progrès.",
      source: "[INFÉRENCE]",
    },
    (f, s) => {
      for (const l of indicateurs(f)) {
        const sens = normaliserTexte(texteDe(l.cellules["sens"]?.cellule));
        const [i, e] = [nombre(l.cellules["initiale"]), nombre(l.cellules["fin"])];
        if (i === null || e === null) continue;
        if ((sens === "hausse" && i >= e) || (sens === "baisse" && i <= e))
          s({
            messageId: "atteinte",
            data: { fiche: nomFiche(f), indicateur: `« ${libelleInd(l)} »` },
            a: loc(l, "fin"),
          });
      }
    },
  ),
  controle(
    {
      id: "fiche/pourcentage-hors-bornes",
      gravite: "erreur",
      description: "Valeur et cibles d'un indicateur en % entre 0 % et 100 %.",
      messages: { bornes: "Fiche {{fiche}}, {{indicateur}} : {{valeur}} est hors de 0-100 %." },
      correction: "Corriger la valeur.",
      pourquoi: "Une part est bornée : une valeur hors bornes est une erreur de saisie ou d'unité.",
      source: "[INFÉRENCE]",
    },
    (f, s) => {
      for (const l of indicateurs(f)) {
        if (texteDe(l.cellules["unite"]?.cellule) !== "%") continue;
        for (const k of ["initiale", "mi", "fin"]) {
          const c = l.cellules[k];
          const v = nombre(c);
          if (!c || v === null) continue;
          const fraction = c.cellule.numberFormat.includes("%");
          const max = fraction ? 1 : 100;
          if (v < 0 || v > max)
            s({
              messageId: "bornes",
              data: {
                fiche: nomFiche(f),
                indicateur: `« ${libelleInd(l)} »`,
                valeur: fraction ? `${v * 100} %` : `${v} %`,
              },
              a: c.location,
            });
        }
      }
    },
  ),
];
