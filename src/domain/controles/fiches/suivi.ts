import { cellule } from "../../classeur/cellule";
import { normaliserTexte } from "../../classeur/texte";
import type { Controle } from "../types";
import { lireNombre } from "../../valeurs/nombre";
import { feuillesGenerees, nomFiche } from "./lecture";
import { texteDe } from "../../classeur/reperage/fiches/lire-fiche";
import { indicateursDesFiches } from "../../classeur/reperage/fiches/lire-suivi";

/** Contrôles du tableau de suivi des objectifs (famille `suivi`, controles.md §12) [INFÉRENCE]. */

const O = ["suivi-objectifs", "fiche-objectif"] as const;

export const CONTROLES_SUIVI: readonly Controle[] = [
  {
    meta: {
      id: "suivi/indicateur-absent",
      gravite: "alerte",
      onglets: [...O],
      description: "Chaque indicateur des fiches a sa ligne dans le tableau de suivi.",
      messages: { absent: "Tableau de suivi : {{indicateur}} (fiche {{fiche}}) manque." },
      correction: "Régénérer le tableau de suivi (les valeurs saisies sont conservées).",
      pourquoi: "Le tableau de suivi est présenté à chaque dialogue de gestion et joint à l'ERRD.",
      source: "[INFÉRENCE]",
    },
    run: (vue, signaler) => {
      const { fiches, suivi } = feuillesGenerees(vue);
      if (!suivi) return;
      const cles = new Set(suivi.lignes.map((l) => l.cle));
      for (const i of indicateursDesFiches(fiches)) {
        if (cles.has(i.cle)) continue;
        const c = i.ligne.cellules["indicateur"];
        signaler({
          messageId: "absent",
          data: { indicateur: `« ${texteDe(c?.cellule)} »`, fiche: nomFiche(i.fiche) },
          a: c ? c.location : [],
        });
      }
    },
  },
  {
    meta: {
      id: "suivi/indicateur-orphelin",
      gravite: "alerte",
      onglets: [...O],
      description: "Chaque ligne du suivi renvoie à un indicateur d'une fiche existante.",
      messages: {
        orphelin:
          "Tableau de suivi, ligne {{ligne}} : la fiche ou l'indicateur source n'existe plus.",
      },
      correction: "Supprimer la ligne ou rétablir la fiche.",
      pourquoi:
        "Une ligne sans source affiche des renvois vides ou erronés au dialogue de gestion.",
      source: "[INFÉRENCE]",
    },
    run: (vue, signaler) => {
      const { fiches, suivi } = feuillesGenerees(vue);
      if (!suivi) return;
      const cles = new Set(indicateursDesFiches(fiches).map((i) => i.cle));
      const col = suivi.colonnes.get("cle") ?? 0;
      for (const l of suivi.lignes)
        if (!cles.has(l.cle))
          signaler({
            messageId: "orphelin",
            data: { ligne: l.row + 1 },
            a: { sheetId: suivi.sheetId, sheetName: suivi.nom, row: l.row, col },
          });
    },
  },
  {
    meta: {
      id: "suivi/statut-incoherent",
      gravite: "alerte",
      onglets: [...O],
      description: "Le statut est cohérent avec le taux d'atteinte et les valeurs réalisées.",
      messages: {
        taux: "Tableau de suivi, {{indicateur}} : statut « {{statut}} » pour un taux d'atteinte de {{taux}}.",
        realise:
          "Tableau de suivi, {{indicateur}} : statut « {{statut}} » alors que des valeurs réalisées sont saisies.",
      },
      correction: "Mettre le statut en cohérence.",
      pourquoi:
        "Le statut résume l'avancement présenté aux autorités : il doit refléter les valeurs.",
      source: "[INFÉRENCE]",
    },
    run: (vue, signaler) => {
      const { suivi } = feuillesGenerees(vue);
      const sheet = suivi && vue.snapshot.sheets.find((s) => s.id === suivi.sheetId);
      if (!suivi || !sheet) return;
      const c = (row: number, cle: string) => {
        const j = suivi.colonnes.get(cle);
        return j === undefined ? undefined : cellule(sheet, row, j);
      };
      for (const l of suivi.lignes) {
        const st = c(l.row, "statut");
        const statut = st ? texteDe(st) : "";
        if (!st || !statut) continue;
        const a = { sheetId: sheet.id, sheetName: sheet.name, row: l.row, col: st.col };
        const indicateur = `« ${texteDe(c(l.row, "indicateur")) || l.cle} »`;
        const t = c(l.row, "taux-fin");
        const taux = t ? lireNombre(t) : undefined;
        const n = normaliserTexte(statut);
        if (n === "atteint" && taux?.kind === "nombre" && taux.valeur < 1)
          signaler({
            messageId: "taux",
            data: { indicateur, statut, taux: `${Math.round(taux.valeur * 1000) / 10} %` },
            a,
          });
        const realises = [1, 2, 3, 4, 5].some((k) => {
          const r = c(l.row, `r${k}`);
          return r !== undefined && lireNombre(r).kind === "nombre";
        });
        if (n === "non demarre" && realises)
          signaler({ messageId: "realise", data: { indicateur, statut }, a });
      }
    },
  },
];
