import { CATALOGUE_ONGLETS, entreeCatalogue } from "../catalogue/catalogue";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { OngletReconnu, OrigineReconnaissance, TypeOnglet } from "../types-onglet";
import { lireCorrections } from "./corrections";
import { indicesContenu, indicesNom, textesFeuille, typeDuContenu } from "./indices";
import {
  rendreReconnaissance,
  type MessageReconnaissance,
  type RaisonReconnaissance,
} from "./messages";

/**
 * Reconnaissance des onglets (modèle du classeur, §6) : correction de l'utilisateur → nom →
 * contenu → rang. Sous 0,5 de confiance, le type est `inconnu` avec la meilleure hypothèse.
 */

export const CONFIANCES: Readonly<Record<OrigineReconnaissance, number>> = {
  correction: 1,
  "nom+contenu": 0.9,
  nom: 0.7,
  contenu: 0.6,
  rang: 0.3,
  aucune: 0,
};
export const SEUIL_CONFIANCE = 0.5;

interface Verdict {
  readonly type: TypeOnglet;
  readonly origine: OrigineReconnaissance;
  readonly raison: RaisonReconnaissance;
}

const titre = (t: TypeOnglet) => entreeCatalogue(t)?.titre ?? t;

/** Feuille technique des listes déroulantes (« Listes », « Listes des fiches », « Listes (2) »). */
const FEUILLE_LISTES = /^listes(?:\s|\(|$)/i;

function parIndices(sheet: SheetSnapshot): Verdict {
  // Ses valeurs reprennent les libellés des axes (« 2 — Bientraitance, démarche qualité… ») : ce
  // n'est jamais une annexe, ni par son contenu, ni par un numéro « (2) » dans son nom.
  if (FEUILLE_LISTES.test(sheet.name.trim()))
    return {
      type: "inconnu",
      origine: "aucune",
      raison: { code: "raison/listes", params: {} },
    };
  const noms = indicesNom(sheet.name);
  const contenus = indicesContenu(textesFeuille(sheet));
  const contenu = typeDuContenu(contenus);
  const nom = noms[0];
  if (nom) {
    const confirme = contenus.find((c) => c.type === nom.type && c.score >= 2);
    const motif = { nom: sheet.name, motif: nom.motif };
    if (confirme) {
      return {
        type: nom.type,
        origine: "nom+contenu",
        raison: {
          code: "raison/nom-et-contenu",
          params: { ...motif, trouves: confirme.trouves.join(", ") },
        },
      };
    }
    // Un nom thématique (« Enfance ») cède devant un contenu net d'un autre type.
    if (contenu && nom.force === "faible" && contenu.type !== nom.type) {
      return {
        type: contenu.type,
        origine: "contenu",
        raison: {
          code: "raison/contenu-contre-nom",
          params: { trouves: contenu.trouves.join(", "), evoque: titre(nom.type) },
        },
      };
    }
    return { type: nom.type, origine: "nom", raison: { code: "raison/nom", params: motif } };
  }
  if (contenu)
    return {
      type: contenu.type,
      origine: "contenu",
      raison: { code: "raison/contenu", params: { trouves: contenu.trouves.join(", ") } },
    };
  return {
    type: "inconnu",
    origine: "aucune",
    raison: { code: "raison/aucune", params: {} },
  };
}

/** Hypothèse par le rang : le type attendu à cette position dans le modèle, s'il manque. */
function parRang(position: number, pris: ReadonlySet<TypeOnglet>): TypeOnglet | undefined {
  const e = CATALOGUE_ONGLETS.find((x) => x.rang === position);
  return e && !pris.has(e.type) ? e.type : undefined;
}

export function reconnaitreOnglets(snapshot: WorkbookSnapshot): OngletReconnu[] {
  const corrections = lireCorrections(snapshot);
  const feuilles = [...snapshot.sheets].sort((a, b) => a.position - b.position);
  const verdicts = feuilles.map((s): Verdict => {
    const c = corrections[s.id];
    return c
      ? { type: c, origine: "correction", raison: { code: "raison/correction", params: {} } }
      : parIndices(s);
  });
  const pris = new Set(verdicts.filter((v) => v.type !== "inconnu").map((v) => v.type));
  // Le rang ne sert que dans un classeur où d'autres onglets ont été reconnus.
  const rangUtile = verdicts.filter((v) => v.origine !== "aucune").length >= 3;
  const onglets = feuilles.map((s, i): OngletReconnu => {
    const v = verdicts[i] as Verdict;
    const base = {
      sheetId: s.id,
      nom: s.name,
      position: s.position,
      visible: s.visibility === "Visible",
    };
    const hypothese =
      v.origine === "aucune" && rangUtile && base.visible ? parRang(i, pris) : undefined;
    if (hypothese) {
      return {
        ...base,
        type: "inconnu",
        confiance: CONFIANCES.rang,
        origine: "rang",
        hypothese,
        raison: rendreReconnaissance({
          code: "raison/rang",
          params: { evoque: titre(hypothese) },
        }),
      };
    }
    return {
      ...base,
      type: v.type,
      confiance: CONFIANCES[v.origine],
      origine: v.origine,
      raison: rendreReconnaissance(v.raison),
    };
  });
  return marquerDoublons(onglets);
}

/** Le premier onglet visible d'un type fait foi ; les autres portent `doublonDe`. */
function marquerDoublons(onglets: OngletReconnu[]): OngletReconnu[] {
  const premier = new Map<TypeOnglet, string>();
  for (const o of [...onglets].sort((a, b) => Number(b.visible) - Number(a.visible))) {
    if (o.type !== "inconnu" && !premier.has(o.type)) premier.set(o.type, o.sheetId);
  }
  return onglets.map((o) => {
    const p = o.type === "inconnu" ? undefined : premier.get(o.type);
    return p && p !== o.sheetId ? { ...o, doublonDe: p } : o;
  });
}

/**
 * Pourquoi le classeur ne ressemble pas à un Diagnostic CPOM (aucun onglet reconnu), en données,
 * ou `null` s'il est reconnu.
 */
export function messageNonReconnu(onglets: readonly OngletReconnu[]): MessageReconnaissance | null {
  if (onglets.some((o) => o.type !== "inconnu")) return null;
  if (onglets.length === 0) return { code: "classeur/sans-onglet", params: {} };
  return { code: "classeur/non-reconnu", params: { onglets: onglets.length } };
}

/**
 * Message d'aide quand le classeur ne ressemble pas à un Diagnostic CPOM (aucun onglet reconnu),
 * ou `null` s'il est reconnu (`messageNonReconnu` rendu en français).
 */
export function pourquoiNonReconnu(onglets: readonly OngletReconnu[]): string | null {
  const m = messageNonReconnu(onglets);
  return m && rendreReconnaissance(m);
}
